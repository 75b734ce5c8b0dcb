package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/** Windows follow the request's own time, as read from the log line, not the Kafka timestamp. */
public final class EventTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof AccessRecord access) {
            return access.eventTimeMs();
        }
        return record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    }
}
