package io.errorpulse.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.kafka.InProcessKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under exactly-once, an alert can be read only once its transaction is committed. errorpulse asks for
 * that commit as soon as the partials are flushed and the alert is published, so an alert arrives
 * within about a flush interval of the request that crossed the line, however long the commit interval.
 * Here the commit interval is a minute and the traffic stops after the storm, so nothing else would
 * commit the alert before that minute is over.
 */
@Tag("integration")
class AlertLatencyIT {

    private static final Duration COMMIT_INTERVAL = Duration.ofMinutes(1);
    private static InProcessKafka kafka;
    private static ErrorpulseInstance instance;

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void start() throws Exception {
        kafka = InProcessKafka.start();
        kafka.createTopics(Map.of("api-access-logs", 3, "error-alerts", 1, "api-access-logs-dlq", 1));
        Map<String, Object> props = LocalInstanceSettings.of(kafka, "errorpulse-latency-it-" + UUID.randomUUID(), stateDir);
        props.put(ErrorpulseConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2");
        props.put(ErrorpulseConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL.toMillis());
        // Kafka Streams refuses a commit interval longer than the transaction timeout
        props.put(ErrorpulseConfig.STREAMS_PREFIX + "producer.transaction.timeout.ms", (int) (2 * COMMIT_INTERVAL.toMillis()));
        instance = ErrorpulseInstance.start(new ErrorpulseConfig(props));
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldPublishAnAlertWithinSecondsWhateverTheCommitInterval() throws Exception {
        try (KafkaConsumer<String, AlertRecord> alerts = new KafkaConsumer<>(LocalInstanceSettings.readCommitted(kafka),
                new StringDeserializer(), new AlertRecordSerde().deserializer())) {
            alerts.subscribe(List.of("error-alerts"));
            alerts.poll(Duration.ofMillis(500)); // joined before the storm: its time is not the group's

            long produced = produceStorm();
            AlertRecord firing = null;
            long deadline = produced + COMMIT_INTERVAL.toNanos() / 2;
            while (firing == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, AlertRecord> record : alerts.poll(Duration.ofMillis(100))) {
                    if (record.value().status().equals("firing")) {
                        firing = record.value();
                    }
                }
            }
            Duration latency = Duration.ofNanos(System.nanoTime() - produced);

            assertThat(firing).as("a firing alert before half the commit interval").isNotNull();
            assertThat(firing.labels()).containsEntry("alert_class", "auth_failure").containsEntry("store", "2077");
            assertThat(latency).as("from the storm's last request to its alert").isLessThan(Duration.ofSeconds(10));
        }
    }

    /** 40 successes then 60 rejected tokens for one store, all now; returns when the last was acknowledged. */
    private static long produceStorm() throws Exception {
        Instant now = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < 100; i++) {
                boolean rejected = i >= 40;
                producer.send(new ProducerRecord<>("api-access-logs", "{\"ts\":\"" + now + "\",\"store_id\":\"2077\","
                        + "\"app_id\":\"app-1\",\"status\":" + (rejected ? 401 : 200) + ",\"response_body\":\""
                        + (rejected ? "{\\\"code\\\":\\\"invalid_token\\\",\\\"message\\\":\\\"Token is invalid\\\"}" : "{}")
                        + "\"}"));
            }
            producer.flush();
        }
        return System.nanoTime();
    }
}
