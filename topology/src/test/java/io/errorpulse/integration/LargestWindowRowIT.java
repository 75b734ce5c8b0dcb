package io.errorpulse.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.query.WindowCountsReader;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.TrafficCounts;
import io.errorpulse.topology.ErrorpulseTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One store's minute filled to every bound a row has: as many apps as a row holds, each with as many codes
 * as it keeps, ids and codes as long as they may be, and long doc links. Its row (and the partial that
 * carries it across the repartition) is over 1 MiB: it must still be written, and counted.
 */
@Tag("integration")
class LargestWindowRowIT {

    private static final int APPS = StoreWindowCounts.MAX_APPS + 1;
    private static final int CODES = TrafficCounts.MAX_CODES;

    @TempDir
    Path stateDir;

    @Test
    void shouldCountAStoreMinuteAsLargeAsARowMayGrow() throws Exception {
        try (InProcessKafka kafka = InProcessKafka.start()) {
            kafka.createTopics(Map.of("api-access-logs", 1, "error-alerts", 1, "api-access-logs-dlq", 1));
            Map<String, Object> props = LocalInstanceSettings.of(kafka, "errorpulse-largest-row-" + UUID.randomUUID(), stateDir);
            props.put(ErrorpulseConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
            Instant now = Instant.now();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                for (int app = 0; app < APPS; app++) {
                    for (int code = 0; code < CODES; code++) {
                        producer.send(new ProducerRecord<>("api-access-logs", line(now, app, code)));
                    }
                }
                producer.flush();
            }

            try (ErrorpulseInstance instance = ErrorpulseInstance.start(new ErrorpulseConfig(props))) {
                Instant window = now.truncatedTo(ChronoUnit.MINUTES);
                WindowCountsReader reader = new WindowCountsReader(instance.streams(), ErrorpulseTopology.STORE_MINUTE_COUNTS);
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                        assertThat(reader.read("9001", window, window)).singleElement().satisfies(w -> {
                            assertThat(w.counts().total().requests()).isEqualTo((long) APPS * CODES);
                            // the row is as full as a row gets: every app it holds, every code of each
                            assertThat(w.counts().apps()).hasSize(StoreWindowCounts.MAX_APPS + 1)
                                    .containsKey(StoreWindowCounts.OTHER_APP);
                            assertThat(w.counts().app("%0128d".formatted(0)).codes()).hasSize(CODES);
                            assertThat(w.counts().app("%0128d".formatted(0)).docUrl()).hasSizeGreaterThan(2_000);
                        }));
                assertThat(instance.streams().state().isRunningOrRebalancing()).isTrue();
            }
        }
    }

    private static String line(Instant at, int app, int code) {
        String appId = "%0128d".formatted(app);
        String errorCode = "E" + "%0127d".formatted(app * CODES + code);
        String docUrl = "https://docs.example.com/errors/" + "d".repeat(2_000) + app;
        String body = "{\\\"error\\\":{\\\"code\\\":\\\"" + errorCode + "\\\",\\\"message\\\":\\\"m\\\",\\\"doc_url\\\":\\\""
                + docUrl + "\\\"}}";
        return "{\"ts\":\"" + at + "\",\"store_id\":\"9001\",\"app_id\":\"" + appId + "\",\"status\":400,"
                + "\"response_body\":\"" + body + "\"}";
    }
}
