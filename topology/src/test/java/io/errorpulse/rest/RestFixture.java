package io.errorpulse.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorpulse.metrics.PrometheusMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A real REST server on a free loopback port over an {@link InMemoryBackend}, with a small client. */
final class RestFixture implements AutoCloseable {

    static final String GLOBAL_KEY = "global-key";
    static final String STORE_KEY = "store-1042-key";
    static final Instant NOW = Instant.parse("2026-11-22T06:00:30Z");

    final InMemoryBackend backend = new InMemoryBackend();
    final PrometheusMetrics metrics = new PrometheusMetrics();
    final RestServer server;
    final String baseUrl;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    RestFixture() {
        this(true, Duration.ofSeconds(2));
    }

    RestFixture(boolean metricsOpen, Duration peerTimeout) {
        ApiKeys keys = ApiKeys.parse(List.of(ApiKeys.entryFor(GLOBAL_KEY, null), ApiKeys.entryFor(STORE_KEY, "1042")));
        server = new RestServer(new RestSettings("127.0.0.1", 0, keys, metricsOpen, peerTimeout, Duration.ofDays(1)),
                backend, metrics, Clock.fixed(NOW, ZoneOffset.UTC)).start();
        backend.self = "127.0.0.1:" + server.port();
        baseUrl = "http://" + backend.self;
    }

    /** An answer: status, headers and body (parsed when JSON). */
    record Answer(int status, String body, Map<String, List<String>> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }
    }

    Answer get(String pathAndQuery, String key) {
        return get(pathAndQuery, key == null ? Map.of() : Map.of("Authorization", "Bearer " + key));
    }

    Answer get(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        metrics.close();
    }
}
