package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.metrics.PipelineMetrics;
import io.micrometer.core.instrument.Counter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Windows follow the request's own time, as read from the log line, not the time the shipper produced
 * it. A line that logs no time ({@link AccessRecord#hasEventTime()} false) takes the Kafka record's
 * timestamp, which shippers set when they read the line; a record without one takes the partition's
 * stream time, and before any, the wall clock. Never negative: Kafka Streams would silently drop the
 * record.
 *
 * <p>A logged time more than {@link #MAX_AHEAD_MS} ahead of the Kafka timestamp (a clock set to 9999, a
 * unit misread) is not believed: it would carry the task's stream time with it, and every later record
 * of the partition would be judged late. Such a record takes the Kafka timestamp, and is counted in
 * {@code errorpulse.records.future.event.time}.
 */
public final class EventTimeExtractor implements TimestampExtractor {

    /** How far a logged time may run ahead of the time the shipper read the line. */
    static final long MAX_AHEAD_MS = 3_600_000L;

    private final Counter futureEventTimes = PipelineMetrics.futureEventTimes();

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof AccessRecord access && access.hasEventTime() && access.eventTimeMs() >= 0) {
            if (record.timestamp() < 0 || access.eventTimeMs() - record.timestamp() <= MAX_AHEAD_MS) {
                return access.eventTimeMs();
            }
            futureEventTimes.increment();
        }
        if (record.timestamp() >= 0) {
            return record.timestamp();
        }
        return partitionTime >= 0 ? partitionTime : System.currentTimeMillis();
    }
}
