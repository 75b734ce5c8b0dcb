package io.errorpulse.rest;

import static io.errorpulse.rest.RestFixture.STORE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A key limited to store 1042 sees store 1042 and nothing else, not even that others exist. */
class StoreScopedKeyTest {

    private RestFixture rest;
    private RestFixture peer;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        peer = new RestFixture();
        RestServerTest.seed(rest.backend);
        rest.backend.add("2001", "app-x", RestServerTest.M58, 500, 500, InMemoryBackend.SERVER)
                .add("2001", "app-x", RestServerTest.M58, 900, 401, InMemoryBackend.INVALID_TOKEN)
                .alert(InMemoryBackend.firing("bb01", "2001", "app-x", "auth_failure", "2026-11-22T06:00:00Z"));
        peer.backend.add("3003", "app-z", RestServerTest.M58, 700, 401, InMemoryBackend.INVALID_TOKEN)
                .alert(InMemoryBackend.firing("cc01", "3003", "app-z", "auth_failure", "2026-11-22T06:00:00Z"));
        rest.backend.peer(peer.backend.self());
    }

    @AfterEach
    void stop() {
        rest.close();
        peer.close();
    }

    @Test
    void shouldAnswerItsOwnStore() {
        assertThat(rest.get("/v1/stores/1042/rates", STORE_KEY).status()).isEqualTo(200);
        assertThat(rest.get("/v1/stores/1042/apps/app-1/rates", STORE_KEY).status()).isEqualTo(200);
        assertThat(rest.get("/v1/stores/1042/codes", STORE_KEY).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/stores/2001/rates", "/v1/stores/2001/apps/app-x/rates", "/v1/stores/2001/codes",
        "/v1/stores/9999/rates", "/v1/alerts?store=2001", "/v1/stores/2001/rates?from=garbage"})
    void shouldAnswer404NotFoundForEveryOtherStore(String pathAndQuery) {
        RestFixture.Answer answer = rest.get(pathAndQuery, STORE_KEY);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("not_found");
        assertThat(rest.backend.windowReads.get()).isZero();
    }

    @Test
    void shouldSeeOnlyItsStoreInTopStoresAndApps() {
        JsonNode stores = rest.get("/v1/top/stores?class=auth_failure", STORE_KEY).json();
        assertThat(stores.path("entries")).extracting(e -> e.path("store").asText()).containsExactly("1042");
        assertThat(stores.path("instances").path("answered")).hasSize(2);
        JsonNode apps = rest.get("/v1/top/apps?class=auth_failure&by=rate", STORE_KEY).json();
        assertThat(apps.path("entries")).extracting(e -> e.path("store").asText()).containsOnly("1042");
        assertThat(stores.toString() + apps).doesNotContain("2001").doesNotContain("3003");
    }

    @Test
    void shouldSeeOnlyItsStoresAlerts() {
        JsonNode alerts = rest.get("/v1/alerts", STORE_KEY).json();
        assertThat(alerts.path("entries")).extracting(e -> e.path("fingerprint").asText())
                .containsExactlyInAnyOrder("aa01", "aa02");
        assertThat(alerts.toString()).doesNotContain("2001").doesNotContain("3003");
    }

    @Test
    void shouldSeeEverythingWithAGlobalKey() {
        JsonNode stores = rest.get("/v1/top/stores?class=auth_failure", RestFixture.GLOBAL_KEY).json();
        assertThat(stores.path("entries")).extracting(e -> e.path("store").asText()).containsExactly("2001", "3003", "1042");
    }
}
