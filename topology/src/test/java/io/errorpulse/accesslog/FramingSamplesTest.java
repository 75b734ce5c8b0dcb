package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FramingSamplesTest {

    private static final AccessLogReader AUTO = AccessLogReaders.create(AccessLogSettings.defaults());

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("default", "default", "2026-11-22T05:00:00.250Z", "1042", "sx_app_9f8e7d", 401),
                Arguments.of("ecs-nested", "ecs", "2026-11-22T05:00:01Z", "77", "sx_app_ecs01", 429),
                Arguments.of("ecs-dotted", "ecs", "2026-11-22T05:00:02Z", "3003", "sx_app_dotted", 503),
                Arguments.of("otel", "otel", "2026-11-22T05:00:03.500Z", "5005", "sx_app_otel", 401),
                Arguments.of("otlp", "otlp", "2026-11-22T05:00:04Z", "6006", "sx_app_otlp", 401),
                Arguments.of("nginx", "nginx", "2026-11-22T05:00:05Z", "7007", "sx_app_nginx", 500),
                Arguments.of("envoy", "envoy", "2026-11-22T05:00:06.789Z", "8008", AccessRecord.UNKNOWN, 401),
                Arguments.of("kong", "kong", "2026-11-22T05:00:07.123Z", "9009", "sx_app_kong", 403),
                Arguments.of("apigw", "apigw", "2026-11-22T05:00:08Z", "1111", "sx_app_apigw", 429));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldReadEverySampleWhenTheSchemaIsRecognised(String file, String schema, String time, String store,
                                                         String app, int status) {
        AccessRecord r = AUTO.read(Samples.line(file));

        assertThat(Instant.ofEpochMilli(r.eventTimeMs())).isEqualTo(Instant.parse(time));
        assertThat(r.store()).isEqualTo(store);
        assertThat(r.app()).isEqualTo(app);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.credentialFingerprint()).matches("[0-9a-f]{12}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldReadEverySampleTheSameWhenItsSchemaIsForced(String file, String schema, String time, String store,
                                                             String app, int status) {
        AccessLogReader forced = AccessLogReaders.create(AccessLogSettings.of(schema, null, null));

        AccessRecord r = forced.read(Samples.line(file));
        AccessRecord auto = AUTO.read(Samples.line(file));

        assertThat(r.eventTimeMs()).isEqualTo(auto.eventTimeMs());
        assertThat(r.store()).isEqualTo(store);
        assertThat(r.app()).isEqualTo(app);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.credentialFingerprint()).isEqualTo(auto.credentialFingerprint());
    }

    @Test
    void shouldPassAnObjectBodyOnAsItsJsonBytes() {
        AccessRecord r = AUTO.read(Samples.line("default"));

        assertThat(body(r)).startsWith("{\"message\":").contains("\"code\":\"invalid_token\"").endsWith("}");
        assertThat(r.responseHeaders().get("content-type")).isEqualTo("application/json");
        assertThat(r.responseHeaders().get("x-ratelimit-remaining")).isEqualTo("0");
        assertThat(r.responseHeaders().get("set-cookie")).isNull();
    }

    @Test
    void shouldPassAStringBodyOnAsItsText() {
        assertThat(body(AUTO.read(Samples.line("ecs-nested")))).contains("\"code\":\"RATE_LIMITED\"");
        assertThat(body(AUTO.read(Samples.line("nginx")))).isEqualTo(
                "{\"code\":\"internal_error\",\"message\":\"unexpected failure\",\"status\":500}");
        assertThat(body(AUTO.read(Samples.line("otlp")))).contains("\"code\":\"INVALID_API_KEY\"");
        assertThat(body(AUTO.read(Samples.line("envoy")))).isEqualTo("Jwt verification fails");
    }

    @Test
    void shouldReadResponseHeadersLoggedUnderPrefixes() {
        assertThat(AUTO.read(Samples.line("nginx")).responseHeaders().get("retry-after")).isEqualTo("30");
        assertThat(AUTO.read(Samples.line("otel")).responseHeaders().get("content-type")).isEqualTo("application/json");
        assertThat(AUTO.read(Samples.line("otlp")).responseHeaders().get("content-type")).isEqualTo("application/json");
    }

    @Test
    void shouldGiveApiGatewaysErrorTypeToTheClassifierAsItsHeader() {
        AccessRecord r = AUTO.read(Samples.line("apigw"));

        assertThat(r.responseBody()).isNull();
        assertThat(r.responseHeaders().get("x-amzn-errortype")).isEqualTo("THROTTLED");
    }

    @Test
    void shouldFingerprintTheSameCredentialTheSameWayAcrossFramings() {
        String defaultLine = AUTO.read(Samples.line("default")).credentialFingerprint();
        String nginxLine = AUTO.read(Samples.line("nginx")).credentialFingerprint();
        String other = AUTO.read(Samples.line("envoy")).credentialFingerprint();

        assertThat(defaultLine).isEqualTo(nginxLine).isNotEqualTo(other);
    }

    @Test
    void shouldFingerprintDifferentlyUnderAnotherKey() {
        AccessLogReader otherKey = AccessLogReaders.create(AccessLogSettings.of("auto", null, "another key"));

        assertThat(otherKey.read(Samples.line("default")).credentialFingerprint())
                .isNotEqualTo(AUTO.read(Samples.line("default")).credentialFingerprint());
    }

    private static String body(AccessRecord r) {
        return new String(r.responseBody(), StandardCharsets.UTF_8);
    }
}
