package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static final AccessLogReader READER = AccessLogReaders.create(AccessLogSettings.defaults());

    @Test
    void shouldPreferExplicitFieldsOverHeadersOverTheQuery() {
        String headers = "\"request_headers\":{\"X-Store-Id\":\"from-header\",\"X-Client-Id\":\"app-header\"}";
        String query = "\"path\":\"/v1?store_id=from-query\"";

        assertThat(read("{\"status\":200,\"store_id\":\"explicit\",\"app_id\":\"app\"," + headers + "," + query + "}"))
                .extracting(AccessRecord::store, AccessRecord::app).containsExactly("explicit", "app");
        assertThat(read("{\"status\":200," + headers + "," + query + "}"))
                .extracting(AccessRecord::store, AccessRecord::app).containsExactly("from-header", "app-header");
        assertThat(read("{\"status\":200," + query + "}"))
                .extracting(AccessRecord::store, AccessRecord::app).containsExactly("from-query", AccessRecord.UNKNOWN);
    }

    @Test
    void shouldTreatDashAndEmptyAsAbsent() {
        assertThat(read("{\"status\":200,\"store_id\":\"-\",\"app_id\":\"\",\"request_headers\":{\"x-store-id\":\" \"}}"))
                .extracting(AccessRecord::store, AccessRecord::app)
                .containsExactly(AccessRecord.UNKNOWN, AccessRecord.UNKNOWN);
        assertThat(read("{\"response_code\":200,\"x_store_id\":\"-\",\"path\":\"/v1?store_id=42\"}").store())
                .isEqualTo("42");
    }

    @Test
    void shouldReadNginxHeaderVariablesOnlyWhenTheLineIsNginxs() {
        String nginx = "{\"status\":\"200\",\"msec\":\"1795323600.000\",\"http_x_store_id\":\"7\",\"request_uri\":\"/\"}";
        String other = "{\"status\":200,\"ts\":1795323600000,\"http_x_store_id\":\"7\",\"request_uri\":\"/\"}";

        assertThat(read(nginx).store()).isEqualTo("7");
        assertThat(read(other).store()).isEqualTo(AccessRecord.UNKNOWN);
        assertThat(read(other).eventTimeMs()).isEqualTo(1795323600000L);
    }

    @Test
    void shouldKeepIdsAsStrings() {
        AccessRecord r = read("{\"status\":200,\"store_id\":1042,\"app_id\":77}");

        assertThat(r.store()).isEqualTo("1042");
        assertThat(r.app()).isEqualTo("77");
    }

    @Test
    void shouldMatchRequestHeaderNamesInAnyCase() {
        AccessRecord r = read("{\"status\":200,\"request_headers\":{\"X-STORE-ID\":\"s\",\"x_client_id\":\"a\"}}");

        assertThat(r.store()).isEqualTo("s");
        assertThat(r.app()).isEqualTo("a");
    }

    @Test
    void shouldReadTheStoreFromAUrlEncodedQueryParameter() {
        assertThat(read("{\"status\":200,\"query\":\"a=1&store_id=shop%20one&b=2\"}").store()).isEqualTo("shop one");
    }

    @Test
    void shouldCapLongIdsAndScrubTokensPresentedAsIds() {
        AccessRecord r = read("{\"status\":200,\"store_id\":\"" + "s".repeat(500) + "\",\"app_id\":\"sx_secret_abcdefghij\"}");

        assertThat(r.store()).hasSize(FramedReader.MAX_ID_LENGTH);
        assertThat(r.app()).isEqualTo("sx_secret_[redacted]");
    }

    @Test
    void shouldKeepThePublicAppClientIdPrefix() {
        assertThat(read("{\"status\":200,\"app_id\":\"sx_app_9f8e7d\"}").app()).isEqualTo("sx_app_9f8e7d");
    }

    @Test
    void shouldCountARecordWithoutAttributionUnderTheUnknownKey() {
        AccessRecord r = read("{\"status\":200}");

        assertThat(r.store()).isEqualTo(AccessRecord.UNKNOWN);
        assertThat(r.app()).isEqualTo(AccessRecord.UNKNOWN);
        assertThat(r.credentialFingerprint()).isNull();
    }

    private static AccessRecord read(String line) {
        return READER.read(line.getBytes(StandardCharsets.UTF_8));
    }
}
