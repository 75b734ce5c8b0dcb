package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessLogSettingsTest {

    private static final String CUSTOM = "{\"ctx\":{\"http_status\":\"503\",\"tenant\":\"acme\"},\"client\":\"app-9\","
            + "\"when\":\"2026-11-22T05:00:00Z\",\"resp\":{\"error\":{\"code\":\"BACKEND_DOWN\"}}}";

    @Test
    void shouldReadAGatewaysOwnFieldNamesWhenRemapped() {
        AccessLogSettings settings = AccessLogSettings.of("auto", Map.of(
                "status", "ctx.http_status",
                "store", "ctx.tenant",
                "app", "client",
                "time", "when",
                "body", "resp"), null);

        AccessRecord r = AccessLogReaders.create(settings).read(CUSTOM.getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.store()).isEqualTo("acme");
        assertThat(r.app()).isEqualTo("app-9");
        assertThat(r.eventTimeMs()).isEqualTo(1795323600000L);
        assertThat(new String(r.responseBody(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":{\"code\":\"BACKEND_DOWN\"}}");
    }

    @Test
    void shouldTryRemappedFieldsBeforeTheFramingsOwn() {
        AccessLogReader reader = AccessLogReaders.create(AccessLogSettings.of("nginx", Map.of("store", "tenant"), null));

        AccessRecord r = reader.read("{\"status\":\"200\",\"tenant\":\"t1\",\"http_x_store_id\":\"h1\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(r.store()).isEqualTo("t1");
    }

    @Test
    void shouldReadResponseHeadersLoggedUnderARemappedPrefix() {
        AccessLogReader reader = AccessLogReaders.create(AccessLogSettings.of("auto",
                Map.of("response_headers", "meta.resp_hdr_*,hdrs.*"), null));

        AccessRecord r = reader.read(("{\"status\":429,\"meta\":{\"resp_hdr_retry_after\":\"30\"},"
                + "\"hdrs.content-type\":\"application/json\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(r.responseHeaders().get("retry-after")).isEqualTo("30");
        assertThat(r.responseHeaders().get("content-type")).isEqualTo("application/json");
    }

    @Test
    void shouldReadTheSchemaInAnyCaseAndNeverPrintTheKey() {
        AccessLogSettings settings = AccessLogSettings.of("KONG", Map.of(), "k");

        assertThat(settings.schema()).isEqualTo(LogSchema.KONG);
        assertThat(settings.fingerprintKey()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
        assertThat(settings.toString()).doesNotContain("fingerprintKey=").contains("kong");
    }

    @Test
    void shouldDefaultToAutoAndTheDefaultKey() {
        AccessLogSettings settings = AccessLogSettings.of(null, null, null);

        assertThat(settings).isEqualTo(AccessLogSettings.defaults());
        assertThat(AccessLogSettings.of(" ", Map.of(), " ")).isEqualTo(AccessLogSettings.defaults());
        assertThat(settings.fingerprintKey())
                .isEqualTo(AccessLogSettings.DEFAULT_FINGERPRINT_KEY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRejectAnUnknownRoleOrABadPath() {
        assertThatThrownBy(() -> AccessLogSettings.of("auto", Map.of("colour", "x"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour").hasMessageContaining("status");
        assertThatThrownBy(() -> AccessLogSettings.of("auto", Map.of("status", "a..b"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a..b");
        assertThatThrownBy(() -> AccessLogSettings.of("ngnix", Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ngnix");
    }

    @Test
    void shouldRejectAPathUsedForTwoKindsOfField() {
        AccessLogSettings settings = AccessLogSettings.of("default", Map.of("body", "status"), null);

        assertThatThrownBy(() -> AccessLogReaders.create(settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }
}
