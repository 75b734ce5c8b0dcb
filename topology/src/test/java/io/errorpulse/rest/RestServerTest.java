package io.errorpulse.rest;

import static io.errorpulse.rest.RestFixture.GLOBAL_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.errorpulse.rest.RestFixture.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every route and every error of the REST API, on a real server over an in-memory backend. */
class RestServerTest {

    static final Instant M58 = Instant.parse("2026-11-22T05:58:00Z");
    static final Instant M59 = Instant.parse("2026-11-22T05:59:00Z");

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        seed(rest.backend);
    }

    static void seed(InMemoryBackend backend) {
        backend.add("1042", "app-1", M58, 40, 200, InMemoryBackend.OK)
                .add("1042", "app-1", M58, 60, 401, InMemoryBackend.INVALID_TOKEN)
                .add("1042", "app-2", M59, 10, 429, InMemoryBackend.TOO_MANY)
                .alert(InMemoryBackend.firing("aa01", "1042", "app-1", "auth_failure", "2026-11-22T05:58:10Z"))
                .alert(InMemoryBackend.firing("aa02", "1042", "app-2", "rate_limited", "2026-11-22T05:59:10Z"));
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void shouldAnswerHealthzWithoutAKey() {
        Answer answer = rest.get("/healthz", (String) null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void shouldAnswerReadyzWhileTheBackendIsReady() {
        assertThat(rest.get("/readyz", (String) null).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer503WithRetryAfterFromReadyzWhileNotReady() {
        rest.backend.ready = false;
        Answer answer = rest.get("/readyz", (String) null);
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.json().path("status").asText()).isEqualTo("not_ready");
    }

    @Test
    void shouldServeAnOpenApiDocumentListingEveryRoute() {
        Answer answer = rest.get("/openapi.json", (String) null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode doc = answer.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrderElementsOf(RestServer.ROUTES);
    }

    @Test
    void shouldServeMetricsWithoutAKeyByDefault() {
        rest.get("/healthz", (String) null);
        Answer answer = rest.get("/metrics", (String) null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/plain");
        assertThat(answer.body()).contains("errorpulse_rest_requests_seconds_bucket").contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldRequireAKeyForMetricsWhenConfiguredClosed() {
        try (RestFixture closed = new RestFixture(false, Duration.ofSeconds(1))) {
            assertThat(closed.get("/metrics", (String) null).errorCode()).isEqualTo("missing_token");
            assertThat(closed.get("/metrics", GLOBAL_KEY).status()).isEqualTo(200);
            assertThat(closed.get("/metrics", RestFixture.STORE_KEY).status()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerStoreRatesPerMinuteWithRequestsAsDenominator() {
        Answer answer = rest.get("/v1/stores/1042/rates", GLOBAL_KEY);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("from").asText()).isEqualTo("2026-11-22T05:01:00Z");
        assertThat(json.path("to").asText()).isEqualTo("2026-11-22T06:01:00Z");
        assertThat(json.path("steps")).hasSize(60);
        assertThat(json.path("totals").path("requests").asLong()).isEqualTo(110);
        assertThat(json.path("totals").path("alert_classes").path("auth_failure").path("count").asLong()).isEqualTo(60);
        assertThat(json.path("totals").path("alert_classes").path("rate_limited").path("count").asLong()).isEqualTo(10);
        JsonNode minute58 = json.path("steps").get(57);
        assertThat(minute58.path("start").asText()).isEqualTo("2026-11-22T05:58:00Z");
        assertThat(minute58.path("alert_classes").path("auth_failure").path("rate").asDouble()).isEqualTo(0.6);
        assertThat(minute58.path("status_classes").path("4xx").path("count").asLong()).isEqualTo(60);
        assertThat(minute58.path("codes").path("invalid_token").path("count").asLong()).isEqualTo(60);
        assertThat(json.path("source").path("instance").asText()).isEqualTo(rest.backend.self());
        assertThat(json.path("source").path("replica").asText()).isEqualTo("active");
    }

    @Test
    void shouldAnswerAppRatesOfOneAppOnly() {
        JsonNode json = rest.get("/v1/stores/1042/apps/app-2/rates", GLOBAL_KEY).json();
        assertThat(json.path("app").asText()).isEqualTo("app-2");
        assertThat(json.path("totals").path("requests").asLong()).isEqualTo(10);
        assertThat(json.path("totals").path("alert_classes").path("rate_limited").path("rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void shouldSumMinuteWindowsIntoCoarserSteps() {
        JsonNode json = rest.get("/v1/stores/1042/rates?from=2026-11-22T05:00:00Z&to=2026-11-22T06:00:00Z&step=5m",
                GLOBAL_KEY).json();
        assertThat(json.path("step").asText()).isEqualTo("5m");
        assertThat(json.path("steps")).hasSize(12);
        JsonNode last = json.path("steps").get(11);
        assertThat(last.path("start").asText()).isEqualTo("2026-11-22T05:55:00Z");
        assertThat(last.path("requests").asLong()).isEqualTo(110);
        JsonNode hourly = rest.get("/v1/stores/1042/rates?from=2026-11-22T05:00:00Z&to=2026-11-22T06:00:00Z&step=1h",
                GLOBAL_KEY).json();
        assertThat(hourly.path("steps")).hasSize(1);
        assertThat(hourly.path("steps").get(0).path("errors").asLong()).isEqualTo(70);
    }

    @Test
    void shouldAnswerTopCodesOfAStoreMostFrequentFirst() {
        JsonNode json = rest.get("/v1/stores/1042/codes", GLOBAL_KEY).json();
        assertThat(json.path("codes").get(0).path("code").asText()).isEqualTo("invalid_token");
        assertThat(json.path("codes").get(0).path("count").asLong()).isEqualTo(60);
        assertThat(json.path("codes").get(1).path("code").asText()).isEqualTo("rate_limit_exceeded");
        JsonNode oneApp = rest.get("/v1/stores/1042/codes?app=app-2&limit=1", GLOBAL_KEY).json();
        assertThat(oneApp.path("codes")).hasSize(1);
        assertThat(oneApp.path("codes").get(0).path("code").asText()).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void shouldRankTopStoresAndAppsForAnAlertClass() {
        rest.backend.add("2001", "app-x", M58, 5, 500, InMemoryBackend.SERVER)
                .add("2002", "app-y", M59, 9, 500, InMemoryBackend.SERVER);
        JsonNode stores = rest.get("/v1/top/stores?class=server_error", GLOBAL_KEY).json();
        assertThat(stores.path("entries")).hasSize(2);
        assertThat(stores.path("entries").get(0).path("store").asText()).isEqualTo("2002");
        assertThat(stores.path("entries").get(0).path("count").asLong()).isEqualTo(9);
        assertThat(stores.path("complete").asBoolean()).isTrue();
        assertThat(stores.path("instances").path("answered").get(0).asText()).isEqualTo(rest.backend.self());
        JsonNode apps = rest.get("/v1/top/apps?class=rate_limited", GLOBAL_KEY).json();
        assertThat(apps.path("entries")).hasSize(1);
        assertThat(apps.path("entries").get(0).path("app").asText()).isEqualTo("app-2");
        assertThat(apps.path("entries").get(0).path("rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void shouldListFiringAlertsFilteredByStoreAndClass() {
        rest.backend.alert(InMemoryBackend.firing("bb01", "2001", "app-x", "server_error", "2026-11-22T05:57:00Z"));
        assertThat(rest.get("/v1/alerts", GLOBAL_KEY).json().path("entries")).hasSize(3);
        JsonNode store = rest.get("/v1/alerts?store=1042", GLOBAL_KEY).json();
        assertThat(store.path("entries")).hasSize(2);
        assertThat(store.path("entries").get(0).path("fingerprint").asText()).isEqualTo("aa02");
        JsonNode cls = rest.get("/v1/alerts?class=server_error", GLOBAL_KEY).json();
        assertThat(cls.path("entries")).hasSize(1);
        assertThat(cls.path("entries").get(0).path("labels").path("store").asText()).isEqualTo("2001");
    }

    @Test
    void shouldAnswer401MissingTokenWithoutAnAuthorizationHeader() {
        Answer answer = rest.get("/v1/stores/1042/rates", (String) null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("missing_token");
        assertThat(answer.json().path("error").path("type").asText()).isEqualTo("authentication_error");
    }

    @Test
    void shouldAnswer401MissingTokenForAnotherScheme() {
        Answer answer = rest.get("/v1/alerts", Map.of("Authorization", "Basic Z2xvYmFsLWtleQ=="));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("missing_token");
    }

    @Test
    void shouldAnswer401InvalidTokenForAWrongKeyWithoutEchoingIt() {
        Answer answer = rest.get("/v1/top/stores?class=auth_failure", "not-a-known-key");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("invalid_token");
        assertThat(answer.body()).doesNotContain("not-a-known-key");
    }

    @Test
    void shouldAnswer404WithTheEnvelopeForAnUnknownRoute() {
        Answer answer = rest.get("/v2/nothing", GLOBAL_KEY);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("not_found");
        assertThat(answer.json().path("error").path("request_id").asText()).isNotBlank();
    }

    @Test
    void shouldAnswer405WithTheEnvelopeAndAllowForAnotherMethod() {
        Answer answer = rest.send("POST", "/v1/alerts", GLOBAL_KEY);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.errorCode()).isEqualTo("method_not_allowed");
        assertThat(answer.header("Allow")).isEqualTo("GET");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /v1/stores/%00/rates HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /v1/stores/%zz/rates HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "NOT HTTP AT ALL\r\n\r\n",
        "GET /v1/alerts HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n",
    })
    void shouldAnswerWhatNoRouteCanReadWithTheEnvelopeNotAnHtmlPage(String request) {
        Answer answer = rest.raw(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().path("error").path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(answer.errorCode()).isEqualTo("invalid_request");
        assertThat(answer.json().path("error").path("request_id").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("<html").doesNotContain("%00").doesNotContain("%zz");
    }

    @Test
    void shouldAnswer431WithTheEnvelopeForHeadersTooLargeWithoutEchoingThem() {
        String secret = "sk_live_" + "x".repeat(64 * 1024);
        Answer answer = rest.raw("GET /v1/alerts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + secret
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.errorCode()).isEqualTo("request_too_large");
        assertThat(answer.body()).doesNotContain("sk_live_");
    }

    @Test
    void shouldEchoASafeRequestIdInTheErrorEnvelope() {
        Answer answer = rest.get("/v1/stores/1042/rates?from=yesterday",
                Map.of("Authorization", "Bearer " + GLOBAL_KEY, "X-Request-Id", "trace-123"));
        assertThat(answer.json().path("error").path("request_id").asText()).isEqualTo("trace-123");
        assertThat(answer.header("X-Request-Id")).isEqualTo("trace-123");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/v1/stores/1042/rates?from=2026-11-22T06:00:00Z&to=2026-11-22T05:00:00Z",
        "/v1/stores/1042/rates?from=2026-11-22T06:00:00Z&to=2026-11-22T06:00:00Z",
        "/v1/stores/1042/rates?from=yesterday",
        "/v1/stores/1042/rates?to=2026-13-45T99:00:00Z",
        "/v1/stores/1042/rates?from=-999999999-01-01T00:00:00Z",
        "/v1/stores/1042/rates?from=+999999999-01-01T00:00:00Z",
        "/v1/stores/1042/rates?from=2026-11-10T00:00:00Z&to=2026-11-22T00:00:00Z",
        "/v1/stores/1042/rates?step=0m",
        "/v1/stores/1042/rates?step=30s",
        "/v1/stores/1042/rates?step=99999999999999999999m",
        "/v1/stores/1042/apps/app-1/rates?step=1w",
        "/v1/stores/1042/codes?limit=0",
        "/v1/stores/1042/codes?limit=99999999999999999999999",
        "/v1/stores/1042/codes?limit=-1",
        "/v1/top/stores",
        "/v1/top/stores?class=everything",
        "/v1/top/apps?class=auth_failure&by=magic",
        "/v1/top/apps?class=auth_failure&min_requests=1e9",
        "/v1/alerts?class=none",
        "/v1/alerts?limit=1001",
    })
    void shouldAnswer400NamingTheParameterForMalformedInput(String pathAndQuery) {
        Answer answer = rest.get(pathAndQuery, GLOBAL_KEY);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("invalid_parameter");
        assertThat(answer.json().path("error").path("param").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileNoInstanceHostsTheStore() {
        rest.backend.metadataUnavailable = true;
        Answer answer = rest.get("/v1/stores/1042/rates", GLOBAL_KEY);
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.errorCode()).isEqualTo("store_unavailable");
    }

    @Test
    void shouldAnswer503WhenTheActiveIsRestoringAndThereIsNoStandby() {
        rest.backend.localUnavailable = true;
        assertThat(rest.get("/v1/stores/1042/codes", GLOBAL_KEY).status()).isEqualTo(503);
        assertThat(rest.get("/v1/top/stores?class=auth_failure", GLOBAL_KEY).status()).isEqualTo(503);
        assertThat(rest.get("/v1/alerts", GLOBAL_KEY).header("Retry-After")).isEqualTo("5");
    }

    @Test
    void shouldAnswerFromALocalStandbyWithItsLagWhenTheActiveIsGone() {
        rest.backend.owner("1042", "127.0.0.1:1", rest.backend.self());
        rest.backend.standbyHere = true;
        JsonNode json = rest.get("/v1/stores/1042/rates", GLOBAL_KEY).json();
        assertThat(json.path("totals").path("requests").asLong()).isEqualTo(110);
        assertThat(json.path("source").path("replica").asText()).isEqualTo("standby");
        assertThat(json.path("source").path("lag_records").asLong()).isEqualTo(42);
    }

    @Test
    void shouldForwardAKeyedQueryToTheOwnerWithTheCallersKey() {
        try (RestFixture owner = new RestFixture()) {
            owner.backend.add("2001", "app-x", M58, 7, 500, InMemoryBackend.SERVER);
            rest.backend.owner("2001", owner.backend.self());
            Answer answer = rest.get("/v1/stores/2001/apps/app-x/rates", GLOBAL_KEY);
            assertThat(answer.status()).isEqualTo(200);
            JsonNode json = answer.json();
            assertThat(json.path("totals").path("requests").asLong()).isEqualTo(7);
            assertThat(json.path("source").path("instance").asText()).isEqualTo(owner.backend.self());
            assertThat(json.path("source").path("forwarded_by").asText()).isEqualTo(rest.backend.self());
            assertThat(answer.header("X-Errorpulse-Served-By")).isEqualTo(owner.backend.self());
            assertThat(owner.backend.windowReads.get()).isEqualTo(1);
            assertThat(rest.backend.windowReads.get()).isZero();
        }
    }

    @Test
    void shouldRelayTheOwnersAuthenticationFailureRatherThanAnswerForIt() {
        try (RestFixture owner = new RestFixture()) {
            rest.backend.owner("2001", owner.backend.self());
            Answer answer = rest.get("/v1/stores/2001/rates", "wrong");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(owner.backend.windowReads.get()).isZero();
        }
    }

    @Test
    void shouldNeverForwardAForwardedRequestAgain() {
        try (RestFixture other = new RestFixture()) {
            other.backend.add("2001", "app-x", M58, 3, 200, InMemoryBackend.OK);
            rest.backend.owner("2001", other.backend.self());
            other.backend.owner("2001", rest.backend.self());
            Answer answer = rest.get("/v1/stores/2001/rates", GLOBAL_KEY);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("source").path("instance").asText()).isEqualTo(other.backend.self());
            assertThat(other.backend.windowReads.get()).isEqualTo(1);
        }
    }

    @Test
    void shouldFallBackToAStandbyInstanceWhenTheActiveDoesNotAnswer() {
        try (RestFixture standby = new RestFixture()) {
            standby.backend.add("2001", "app-x", M58, 4, 200, InMemoryBackend.OK);
            standby.backend.standbyHere = true;
            rest.backend.owner("2001", "127.0.0.1:1", standby.backend.self());
            JsonNode json = rest.get("/v1/stores/2001/rates", GLOBAL_KEY).json();
            assertThat(json.path("totals").path("requests").asLong()).isEqualTo(4);
            assertThat(json.path("source").path("replica").asText()).isEqualTo("standby");
        }
    }

    @Test
    void shouldMergeAGlobalViewFromEveryInstanceAndNameThem() {
        try (RestFixture peer = new RestFixture()) {
            peer.backend.add("2001", "app-x", M58, 80, 401, InMemoryBackend.INVALID_TOKEN)
                    .alert(InMemoryBackend.firing("cc01", "2001", "app-x", "auth_failure", "2026-11-22T06:00:00Z"));
            rest.backend.peer(peer.backend.self());
            JsonNode top = rest.get("/v1/top/stores?class=auth_failure", GLOBAL_KEY).json();
            assertThat(top.path("entries")).extracting(e -> e.path("store").asText()).containsExactly("2001", "1042");
            assertThat(top.path("instances").path("answered")).hasSize(2);
            assertThat(top.path("complete").asBoolean()).isTrue();
            JsonNode alerts = rest.get("/v1/alerts?class=auth_failure", GLOBAL_KEY).json();
            assertThat(alerts.path("entries")).extracting(e -> e.path("fingerprint").asText()).containsExactly("cc01", "aa01");
        }
    }

    @Test
    void shouldSayWhichInstanceDidNotAnswerAGlobalView() {
        rest.backend.peer("127.0.0.1:1");
        Answer answer = rest.get("/v1/top/apps?class=auth_failure", GLOBAL_KEY);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("complete").asBoolean()).isFalse();
        assertThat(json.path("instances").path("failed").get(0).path("instance").asText()).isEqualTo("127.0.0.1:1");
        assertThat(json.path("entries")).hasSize(1);
    }
}
