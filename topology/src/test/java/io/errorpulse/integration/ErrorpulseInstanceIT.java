package io.errorpulse.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.query.WindowCountsReader;
import io.errorpulse.topology.DeadLetterHandler;
import io.errorpulse.topology.ErrorpulseTopology;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

/** The whole product on a real in-process broker: logs in, alert and dead letter out, counts queryable. */
@Tag("integration")
class ErrorpulseInstanceIT {

    private static final String KEY = "it-key";
    private static InProcessKafka kafka;
    private static ErrorpulseInstance instance;
    private static ErrorpulseConfig config;

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void start() throws Exception {
        kafka = InProcessKafka.start();
        kafka.createTopics(Map.of("api-access-logs", 3, "error-alerts", 1, "api-access-logs-dlq", 1));
        Map<String, Object> props = LocalInstanceSettings.of(kafka, "errorpulse-it-" + UUID.randomUUID(), stateDir);
        props.put(ErrorpulseConfig.REST_API_KEYS_CONFIG, io.errorpulse.rest.ApiKeys.entryFor(KEY, null));
        props.put(ErrorpulseConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        config = new ErrorpulseConfig(props);
        instance = ErrorpulseInstance.start(config);
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
    void shouldAlertDeadLetterAndAnswerCountsForProducedLogs() throws Exception {
        Instant now = Instant.now();
        Instant windowStart = now.truncatedTo(ChronoUnit.MINUTES);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(line(now, "1042", "app-1", 200, "{}"));
        }
        lines.add("garbage, not an access log");
        for (int i = 0; i < 60; i++) {
            lines.add(line(now, "1042", "app-1", 401,
                    "{\"message\":\"Token is invalid\",\"code\":\"invalid_token\",\"status\":401}"));
        }
        produce(lines);

        List<AlertRecord> alerts = consumeAlerts(1);
        assertThat(alerts).anySatisfy(alert -> {
            assertThat(alert.status()).isEqualTo("firing");
            assertThat(alert.labels()).containsEntry("alert_class", "auth_failure").containsEntry("store", "1042");
        });

        ConsumerRecord<byte[], byte[]> dead = CommittedRecords.first(kafka, "api-access-logs-dlq");
        assertThat(new String(dead.headers().lastHeader(DeadLetterHandler.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .isNotBlank();

        WindowCountsReader reader = new WindowCountsReader(instance.streams(), ErrorpulseTopology.STORE_MINUTE_COUNTS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<WindowCountsReader.WindowCounts> windows = reader.read("1042", windowStart, windowStart);
            assertThat(windows).hasSize(1);
            assertThat(windows.get(0).counts().total().requests()).isEqualTo(100);
        });

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        instance.restBaseUrl() + "/v1/stores/1042/apps/app-1/rates?from=" + windowStart + "&to=" + windowStart.plusSeconds(60)))
                .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"requests\":100");
    }

    private static String line(Instant at, String store, String app, int status, String body) {
        return "{\"ts\":\"" + at + "\",\"store_id\":\"" + store + "\",\"app_id\":\"" + app + "\",\"status\":" + status
                + ",\"response_body\":\"" + body.replace("\"", "\\\"") + "\"}";
    }

    private static void produce(List<String> lines) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (String line : lines) {
                producer.send(new ProducerRecord<>("api-access-logs", line));
            }
            producer.flush();
        }
    }

    private static List<AlertRecord> consumeAlerts(int atLeast) {
        List<AlertRecord> alerts = new ArrayList<>();
        try (KafkaConsumer<String, AlertRecord> consumer = new KafkaConsumer<>(LocalInstanceSettings.readCommitted(kafka),
                new StringDeserializer(), new AlertRecordSerde().deserializer())) {
            consumer.subscribe(List.of("error-alerts"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> alerts.add(r.value()));
                return alerts.size() >= atLeast;
            });
        }
        return alerts;
    }
}
