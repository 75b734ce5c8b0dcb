package io.errorpulse.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorpulse.metrics.PrometheusMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
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
        return exchange(request.build());
    }

    /** A request with another method than GET, without a body. */
    Answer send(String method, String pathAndQuery, String key) {
        return exchange(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + key).build());
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Bytes written as they are to the server's socket (what no HTTP client would send), and the answer
     * read back to the end of the connection.
     */
    Answer raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] head = (end < 0 ? answer : answer.substring(0, end)).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.put(head[i].substring(0, colon).trim(), List.of(head[i].substring(colon + 1).trim()));
                }
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), end < 0 ? "" : answer.substring(end + 4), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        metrics.close();
    }
}
