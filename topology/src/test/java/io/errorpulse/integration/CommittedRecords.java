package io.errorpulse.integration;

import static org.awaitility.Awaitility.await;

import io.errorpulse.kafka.InProcessKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** What an instance wrote to a topic, read as a user would: committed records only, from the start. */
final class CommittedRecords {

    private CommittedRecords() {
    }

    /** The first committed record of {@code topic}, waiting up to a minute for it. */
    static ConsumerRecord<byte[], byte[]> first(InProcessKafka kafka, String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(LocalInstanceSettings.readCommitted(kafka),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
            });
        }
        return records.get(0);
    }
}
