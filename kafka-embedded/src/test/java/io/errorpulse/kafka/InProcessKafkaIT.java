package io.errorpulse.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
class InProcessKafkaIT {

    @Test
    void shouldCarryRecordsAndSurviveARestart() throws Exception {
        try (InProcessKafka kafka = InProcessKafka.start()) {
            kafka.createTopics(Map.of("t", 2));
            produce(kafka, "before");
            kafka.stop();
            kafka.restart();
            produce(kafka, "after");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "g",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                java.util.List<String> seen = new java.util.ArrayList<>();
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen.size() < 2 && System.currentTimeMillis() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    records.forEach(r -> seen.add(r.value()));
                }
                assertThat(seen).containsExactlyInAnyOrder("before", "after");
            }
        }
    }

    private static void produce(InProcessKafka kafka, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("t", value)).get();
        }
    }
}
