package io.errorpulse.connect.sender;

import static io.errorpulse.connect.TestAlerts.firing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.errorpulse.connect.format.Alert;
import io.errorpulse.connect.format.AlertReader;
import io.errorpulse.connect.format.Json;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TargetRequestsTest {

    private final ScriptedReceiver receiver = new ScriptedReceiver();
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<Alert> alerts = LongStream.rangeClosed(1, 5)
            .mapToObj(offset -> new AlertReader().read(firing(offset))).toList();

    TargetRequestsTest() throws Exception {
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private RequestTemplate template(String path) {
        return new RequestTemplate(receiver.uri(path), Duration.ofSeconds(5), Map.of("X-Scope-OrgID", "team-a"),
                Optional.of("Bearer t0ken"), "errorpulse-alert-sink/test");
    }

    private void sendAll(List<AlertRequest> requests) throws Exception {
        for (AlertRequest request : requests) {
            client.send(request.request(), HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void shouldBatchAlertsIntoJsonArraysForAlertmanager() throws Exception {
        List<AlertRequest> requests = new AlertmanagerRequests(template("/api/v2/alerts"), 2).requests(alerts);
        sendAll(requests);

        assertThat(requests).extracting(request -> request.alerts().size()).containsExactly(2, 2, 1);
        JsonNode first = Json.MAPPER.readTree(receiver.received().get(0).body());
        assertThat(first.isArray()).isTrue();
        assertThat(first.get(0).path("labels").path("store").asText()).isEqualTo("1");
        assertThat(first.get(0).has("observed")).isFalse();
        assertThat(receiver.received().get(0).headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(receiver.received().get(0).headers().getFirst("Authorization")).isEqualTo("Bearer t0ken");
        assertThat(receiver.received().get(0).headers().getFirst("X-Scope-OrgID")).isEqualTo("team-a");
    }

    @Test
    void shouldSendOneSignedAlertRecordPerWebhookRequest() throws Exception {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);
        WebhookSigner signer = new WebhookSigner("0123456789abcdef0123");
        sendAll(new WebhookRequests(template("/hook"), signer, "X-Sig", "X-Ts", clock).requests(alerts));

        assertThat(receiver.received()).hasSize(5).allSatisfy(received -> {
            assertThat(received.headers().getFirst("X-Ts")).isEqualTo("1800000000");
            assertThat(received.headers().getFirst("X-Sig")).isEqualTo(
                    signer.sign(1_800_000_000L, received.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(Json.MAPPER.readTree(received.body()).has("observed")).isTrue();
        });
    }
}
