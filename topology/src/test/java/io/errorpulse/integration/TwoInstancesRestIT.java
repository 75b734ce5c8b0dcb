package io.errorpulse.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.metrics.ExpositionParser;
import io.errorpulse.metrics.Promtool;
import io.errorpulse.rest.ApiKeys;
import io.errorpulse.topology.ErrorpulseTopology;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two errorpulse instances of one application against one real broker: a keyed query sent to one
 * instance for a store the other owns is forwarded there and answered with the owner's data, and a
 * global view merges both instances' parts.
 */
@Tag("integration")
class TwoInstancesRestIT {

    private static final String KEY = "two-instances-key";
    private static final int STORES = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static InProcessKafka kafka;
    private static ErrorpulseInstance a;
    private static ErrorpulseInstance b;
    private static Instant minute;
    @TempDir
    static Path stateDirs;

    @BeforeAll
    static void start() throws Exception {
        kafka = InProcessKafka.start();
        kafka.createTopics(Map.of("api-access-logs", 4, "error-alerts", 2, "api-access-logs-dlq", 1));
        String applicationId = "errorpulse-two-" + UUID.randomUUID();
        a = ErrorpulseInstance.start(config(applicationId));
        b = ErrorpulseInstance.start(config(applicationId));
        await().atMost(Duration.ofSeconds(120)).until(() -> running(a) && running(b)
                && a.streams().streamsMetadataForStore(ErrorpulseTopology.STORE_MINUTE_COUNTS).size() == 2
                && get(a, "/readyz").statusCode() == 200 && get(b, "/readyz").statusCode() == 200);
        minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        produce(minute);
    }

    private static ErrorpulseConfig config(String applicationId) throws Exception {
        Map<String, Object> props = LocalInstanceSettings.of(kafka, applicationId,
                Files.createTempDirectory(stateDirs, "instance"));
        props.put(ErrorpulseConfig.REST_API_KEYS_CONFIG, ApiKeys.entryFor(KEY, null));
        props.put(ErrorpulseConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        return new ErrorpulseConfig(props);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {a, b, kafka}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // Best effort: the broker and the instances are test resources.
            }
        }
    }

    @Test
    void shouldForwardAKeyedQueryToTheInstanceOwningTheStore() {
        String ownedByB = storeOwnedBy(b);
        String path = "/v1/stores/" + ownedByB + "/apps/app-1/rates?from=" + minute + "&to=" + minute.plusSeconds(60);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> answer = get(a, path);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode json = JSON.readTree(answer.body());
            assertThat(json.path("totals").path("requests").asLong()).isEqualTo(expectedRequests(ownedByB));
            assertThat(json.path("source").path("instance").asText()).isEqualTo(hostPort(b));
            assertThat(json.path("source").path("forwarded_by").asText()).isEqualTo(hostPort(a));
            assertThat(answer.headers().firstValue("X-Errorpulse-Served-By")).hasValue(hostPort(b));
        });
        JsonNode local = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(b, path).body()),
                json -> json.path("totals").path("requests").asLong() == expectedRequests(ownedByB));
        assertThat(local.path("source").has("forwarded_by")).isFalse();
    }

    @Test
    void shouldMergeAGlobalViewFromBothInstances() {
        Set<String> stores = allStores();
        Set<String> ownedByA = new HashSet<>();
        Set<String> ownedByB = new HashSet<>();
        for (String store : stores) {
            (owner(store).equals(hostPort(a)) ? ownedByA : ownedByB).add(store);
        }
        assertThat(ownedByA).isNotEmpty();
        assertThat(ownedByB).isNotEmpty();
        String path = "/v1/top/stores?class=auth_failure&limit=100&from=" + minute + "&to=" + minute.plusSeconds(60);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode json = JSON.readTree(get(a, path).body());
            Set<String> seen = new HashSet<>();
            json.path("entries").forEach(e -> seen.add(e.path("store").asText()));
            assertThat(seen).isEqualTo(stores);
            assertThat(json.path("instances").path("answered")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder(hostPort(a), hostPort(b));
            assertThat(json.path("complete").asBoolean()).isTrue();
            json.path("entries").forEach(e ->
                    assertThat(e.path("count").asLong()).isEqualTo(expectedAuthFailures(e.path("store").asText())));
        });
    }

    @Test
    void shouldListAlertsFiringOnEitherInstance() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode json = JSON.readTree(get(b, "/v1/alerts?class=auth_failure&limit=1000").body());
            Set<String> stores = new HashSet<>();
            json.path("entries").forEach(e -> stores.add(e.path("labels").path("store").asText()));
            assertThat(stores).isEqualTo(allStores());
            assertThat(json.path("instances").path("answered")).hasSize(2);
        });
    }

    @Test
    void shouldExposeValidMetricsOfARunningInstance() throws Exception {
        get(a, "/v1/alerts");
        String metrics = get(a, "/metrics").body();
        assertThat(metrics).contains("kafka_stream_thread_").contains("errorpulse_rest_requests_seconds_count");
        assertThat(ExpositionParser.parse(metrics).problems()).isEmpty();
        if (Promtool.installed()) {
            assertThat(Promtool.checkMetrics(metrics)).isEmpty();
        }
    }

    private static Set<String> allStores() {
        Set<String> stores = new HashSet<>();
        for (int i = 0; i < STORES; i++) {
            stores.add(store(i));
        }
        return stores;
    }

    private static String store(int i) {
        return String.valueOf(3000 + i);
    }

    /** Store i gets 10 + i successful requests and 30 + i rejected tokens, all from app-1. */
    private static long expectedRequests(String store) {
        int i = Integer.parseInt(store) - 3000;
        return 40 + 2L * i;
    }

    private static long expectedAuthFailures(String store) {
        return 30 + Integer.parseInt(store) - 3000;
    }

    private static void produce(Instant at) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < STORES; i++) {
            for (int n = 0; n < 10 + i; n++) {
                lines.add(line(at, store(i), 200, "{}"));
            }
            for (int n = 0; n < 30 + i; n++) {
                lines.add(line(at, store(i), 401, "{\"code\":\"invalid_token\",\"message\":\"Token is invalid\"}"));
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (String line : lines) {
                producer.send(new ProducerRecord<>("api-access-logs", line));
            }
            producer.flush();
        }
    }

    private static String line(Instant at, String store, int status, String body) {
        return "{\"ts\":\"" + at.plusSeconds(5) + "\",\"store_id\":\"" + store + "\",\"app_id\":\"app-1\",\"status\":"
                + status + ",\"response_body\":\"" + body.replace("\"", "\\\"") + "\"}";
    }

    private static String storeOwnedBy(ErrorpulseInstance instance) {
        return allStores().stream().filter(s -> owner(s).equals(hostPort(instance))).sorted().findFirst()
                .orElseThrow(() -> new AssertionError("no store is owned by " + hostPort(instance)));
    }

    private static String owner(String store) {
        var host = a.streams().queryMetadataForKey(ErrorpulseTopology.STORE_MINUTE_COUNTS, store,
                Serdes.String().serializer()).activeHost();
        return host.host() + ":" + host.port();
    }

    private static String hostPort(ErrorpulseInstance instance) {
        return instance.restBaseUrl().substring("http://".length());
    }

    private static boolean running(ErrorpulseInstance instance) {
        return instance.streams().state() == KafkaStreams.State.RUNNING;
    }

    private static HttpResponse<String> get(ErrorpulseInstance instance, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(instance.restBaseUrl() + path))
                .header("Authorization", "Bearer " + KEY).build(), HttpResponse.BodyHandlers.ofString());
    }
}
