package io.errorpulse.query;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Stamps each record with the later of its own timestamp and the latest one its partition has seen, so
 * that the timestamps of a partition never go back: a table read from a topic whose records are
 * published out of timestamp order then applies them in topic order without Kafka Streams warning of an
 * out-of-order update, and the stream time stays that of the records (no jump to the wall clock). A
 * record without a valid timestamp on an empty partition is stamped 0 rather than dropped.
 */
public final class NonDecreasingTimestampExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        return Math.max(0, Math.max(record.timestamp(), partitionTime));
    }
}
