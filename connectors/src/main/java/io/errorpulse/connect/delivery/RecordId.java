package io.errorpulse.connect.delivery;

import org.apache.kafka.connect.sink.SinkRecord;

/** Where a record was read from; identifies it across redeliveries of the same batch. */
record RecordId(String topic, Integer partition, long offset) {

    static RecordId of(SinkRecord record) {
        return new RecordId(record.originalTopic(), record.originalKafkaPartition(), record.originalKafkaOffset());
    }
}
