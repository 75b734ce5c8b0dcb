package io.errorpulse.connect.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpDispatcherTest {

    private final ScriptedReceiver receiver = new ScriptedReceiver();
    private final HttpDispatcher dispatcher = new HttpDispatcher(HttpClient.newHttpClient(), Clock.systemUTC(), 20);

    HttpDispatcherTest() throws Exception {
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private Outcome post(URI uri) throws InterruptedException {
        return dispatcher.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("[]")).build());
    }

    @Test
    void shouldCallA2xxDelivered() throws Exception {
        receiver.then(ScriptedReceiver.Reply.of(202));

        assertThat(post(receiver.uri("/api/v2/alerts"))).isEqualTo(new Outcome.Delivered(202));
    }

    @Test
    void shouldCallA5xxTransient() throws Exception {
        receiver.then(new ScriptedReceiver.Reply(503, Map.of(), "down for maintenance"));

        assertThat(post(receiver.uri("/x"))).isInstanceOfSatisfying(Outcome.Transient.class, failure -> {
            assertThat(failure.reason()).contains("503", "down for maintenance");
            assertThat(failure.retryAfter()).isEmpty();
        });
    }

    @Test
    void shouldCallA429TransientAndKeepItsRetryAfter() throws Exception {
        receiver.then(new ScriptedReceiver.Reply(429, Map.of("Retry-After", "3"), ""));

        assertThat(post(receiver.uri("/x"))).isInstanceOfSatisfying(Outcome.Transient.class,
                failure -> assertThat(failure.retryAfter()).contains(Duration.ofSeconds(3)));
    }

    @Test
    void shouldCallAnyOther4xxRejectedWithAShortenedBody() throws Exception {
        receiver.then(new ScriptedReceiver.Reply(400, Map.of(), "bad alert: " + "x".repeat(100)));

        assertThat(post(receiver.uri("/x"))).isInstanceOfSatisfying(Outcome.Rejected.class, rejection -> {
            assertThat(rejection.status()).isEqualTo(400);
            assertThat(rejection.reason()).contains("bad alert").endsWith("...").hasSizeLessThan(80);
        });
    }

    @Test
    void shouldNotFollowARedirect() throws Exception {
        receiver.then(new ScriptedReceiver.Reply(308, Map.of("Location", "/elsewhere"), ""));

        assertThat(post(receiver.uri("/x"))).isInstanceOf(Outcome.Rejected.class);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void shouldCallARefusedConnectionTransient() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(post(URI.create("http://127.0.0.1:" + closedPort + "/x"))).isInstanceOfSatisfying(
                Outcome.Transient.class, failure -> assertThat(failure.retryAfter()).isEqualTo(Optional.empty()));
    }
}
