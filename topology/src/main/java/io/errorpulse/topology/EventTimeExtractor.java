package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Windows follow the request's own time, as read from the log line, not the time the shipper produced
 * it. A line that logs no time ({@link AccessRecord#hasEventTime()} false) takes the Kafka record's
 * timestamp, which shippers set when they read the line; a record without one takes the partition's
 * stream time, and before any, the wall clock. Never negative: Kafka Streams would silently drop the
 * record.
 */
public final class EventTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof AccessRecord access && access.hasEventTime() && access.eventTimeMs() >= 0) {
            return access.eventTimeMs();
        }
        if (record.timestamp() >= 0) {
            return record.timestamp();
        }
        return partitionTime >= 0 ? partitionTime : System.currentTimeMillis();
    }
}
