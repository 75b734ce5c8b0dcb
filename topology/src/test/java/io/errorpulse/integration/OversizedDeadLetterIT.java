package io.errorpulse.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.query.WindowCountsReader;
import io.errorpulse.topology.DeadLetterHandler;
import io.errorpulse.topology.ErrorpulseTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line as large as the broker takes (a shipper cutting lines at Kafka's message limit), unreadable: its
 * dead letter, with its headers and credentials redacted, would be larger than the dead-letter topic takes
 * (Kafka's default limit, about 1 MiB). It must still be dead-lettered, cut, and the stream must go on
 * counting.
 */
@Tag("integration")
class OversizedDeadLetterIT {

    @TempDir
    Path stateDir;

    @Test
    void shouldDeadLetterALineAsLargeAsTheBrokerTakesAndGoOn() throws Exception {
        try (InProcessKafka kafka = InProcessKafka.start()) {
            kafka.createTopics(Map.of("api-access-logs", 1, "error-alerts", 1, "api-access-logs-dlq", 1));
            Map<String, Object> props = LocalInstanceSettings.of(kafka, "errorpulse-oversized-" + UUID.randomUUID(), stateDir);
            props.put(ErrorpulseConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
            Instant now = Instant.now();
            // cut off inside its body, and with a short token that redaction makes longer; a body of random
            // characters, which compression cannot shrink under the dead-letter topic's limit
            String head = "{\"ts\":\"" + now + "\",\"store_id\":\"7001\",\"app_id\":\"a\",\"status\":500,"
                    + "\"token\":\"t\",\"response_body\":\"";
            byte[] huge = (head + randomText(1_048_400 - head.length())).getBytes(StandardCharsets.UTF_8);
            byte[] good = ("{\"ts\":\"" + now + "\",\"store_id\":\"7002\",\"app_id\":\"a\",\"status\":200}")
                    .getBytes(StandardCharsets.UTF_8);

            long hugeOffset;
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
                RecordMetadata written = producer.send(new ProducerRecord<>("api-access-logs", huge)).get();
                hugeOffset = written.offset();
                producer.send(new ProducerRecord<>("api-access-logs", good)).get();
            }

            try (ErrorpulseInstance instance = ErrorpulseInstance.start(new ErrorpulseConfig(props))) {
                ConsumerRecord<byte[], byte[]> dead = CommittedRecords.first(kafka, "api-access-logs-dlq");
                assertThat(header(dead, DeadLetterHandler.REASON_HEADER)).isEqualTo("truncated");
                assertThat(header(dead, DeadLetterHandler.SOURCE_OFFSET_HEADER)).isEqualTo(Long.toString(hugeOffset));
                assertThat(header(dead, DeadLetterHandler.ORIGINAL_BYTES_HEADER)).isEqualTo(Integer.toString(huge.length));
                assertThat(dead.value().length).isLessThan(huge.length);
                assertThat(new String(dead.value(), StandardCharsets.UTF_8)).startsWith(head.replace("\"t\"", "\"[redacted]\""));

                Instant window = now.truncatedTo(ChronoUnit.MINUTES);
                WindowCountsReader reader = new WindowCountsReader(instance.streams(), ErrorpulseTopology.STORE_MINUTE_COUNTS);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(reader.read("7002", window, window)).singleElement()
                                .satisfies(w -> assertThat(w.counts().total().requests()).isEqualTo(1)));
                assertThat(instance.streams().state().isRunningOrRebalancing()).isTrue();
            }
        }
    }

    /** Printable ASCII other than quote and backslash, from a fixed seed: JSON string content lz4 cannot shrink. */
    private static String randomText(int length) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            char c = (char) (0x20 + random.nextInt(0x7f - 0x20));
            if (c != '"' && c != '\\') {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
