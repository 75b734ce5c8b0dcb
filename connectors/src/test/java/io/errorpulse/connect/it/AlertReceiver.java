package io.errorpulse.connect.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HTTP targets of the integration test, on loopback:
 * {@code /flaky/api/v2/alerts} behaves like an Alertmanager that is sometimes overloaded (a 429 with
 * Retry-After on the second request, a 503 on every fourth); {@code /down/api/v2/alerts} always
 * answers 503; {@code /hook} checks webhook signatures and answers its first request with 503.
 * Every accepted alert is recorded; every answer is counted by status.
 */
final class AlertReceiver implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final String webhookSecret;
    private final AtomicInteger flakyRequests = new AtomicInteger();
    private final AtomicInteger hookRequests = new AtomicInteger();
    final List<JsonNode> alertmanagerAlerts = new CopyOnWriteArrayList<>();
    final List<JsonNode> webhookAlerts = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

    AlertReceiver(String webhookSecret) throws IOException {
        this.webhookSecret = webhookSecret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/flaky/api/v2/alerts", this::flaky);
        server.createContext("/down/api/v2/alerts", exchange -> {
            exchange.getRequestBody().readAllBytes();
            answer(exchange, "down", 503, Map.of());
        });
        server.createContext("/hook", this::hook);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int answered(String path, int status) {
        return answers.getOrDefault(path + " " + status, new AtomicInteger()).get();
    }

    private void flaky(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int n = flakyRequests.incrementAndGet();
        if (n == 2) {
            answer(exchange, "flaky", 429, Map.of("Retry-After", "1"));
        } else if (n % 4 == 0) {
            answer(exchange, "flaky", 503, Map.of());
        } else {
            JsonNode batch = MAPPER.readTree(body);
            batch.forEach(alertmanagerAlerts::add);
            answer(exchange, "flaky", 200, Map.of());
        }
    }

    private void hook(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String timestamp = exchange.getRequestHeaders().getFirst("X-Errorpulse-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Errorpulse-Signature");
        if (timestamp == null || !sign(timestamp, body).equals(signature)) {
            answer(exchange, "hook", 401, Map.of());
        } else if (hookRequests.incrementAndGet() == 1) {
            answer(exchange, "hook", 503, Map.of());
        } else {
            webhookAlerts.add(MAPPER.readTree(body));
            answer(exchange, "hook", 200, Map.of());
        }
    }

    private String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(webhookSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange, String path, int status, Map<String, String> headers)
            throws IOException {
        headers.forEach(exchange.getResponseHeaders()::add);
        answers.computeIfAbsent(path + " " + status, key -> new AtomicInteger()).incrementAndGet();
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
