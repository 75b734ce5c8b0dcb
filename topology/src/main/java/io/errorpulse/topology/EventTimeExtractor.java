package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.metrics.PipelineMetrics;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Windows follow the request's own time, as read from the log line, not the time the shipper produced
 * it. A line that logs no time ({@link AccessRecord#hasEventTime()} false) takes the Kafka record's
 * timestamp, which shippers set when they read the line; a record without one takes the partition's
 * stream time, and before any, the wall clock. Never negative: Kafka Streams would silently drop the
 * record.
 *
 * <p>A logged time more than the window grace ahead of the Kafka timestamp (a clock set to 9999, a unit
 * misread) is not believed: it would carry the task's stream time with it, and later records of the
 * partition would be judged late. Such a record takes the Kafka timestamp, and is counted in
 * {@code errorpulse.records.future.event.time}. Bounded by the grace, the stream time runs at most the
 * grace ahead of the latest Kafka timestamp, so a later line is judged late only if its window had ended
 * before the shipper read the lines before it.
 */
public final class EventTimeExtractor implements TimestampExtractor {

    private final long maxAheadMs;
    private final Counter futureEventTimes = PipelineMetrics.futureEventTimes();

    /** @param maxAhead how far a logged time may run ahead of the Kafka timestamp: the window grace */
    public EventTimeExtractor(Duration maxAhead) {
        this.maxAheadMs = maxAhead.toMillis();
    }

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof AccessRecord access && access.hasEventTime() && access.eventTimeMs() >= 0) {
            if (record.timestamp() < 0 || access.eventTimeMs() - record.timestamp() <= maxAheadMs) {
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
