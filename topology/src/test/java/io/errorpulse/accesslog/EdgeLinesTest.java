package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeLinesTest {

    private static final AccessLogReader READER = AccessLogReaders.create(AccessLogSettings.defaults());

    @Test
    void shouldReadALineAfterAByteOrderMark() {
        byte[] json = Samples.line("default");
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        AccessRecord r = READER.read(withBom);

        assertThat(r.status()).isEqualTo(401);
        assertThat(new String(r.responseBody(), StandardCharsets.UTF_8)).startsWith("{\"message\"").endsWith("}");
    }

    @Test
    void shouldTakeTheLastOfDuplicateMembers() {
        AccessRecord r = read("{\"status\":200,\"store_id\":\"a\",\"status\":503,\"store_id\":\"b\"}");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.store()).isEqualTo("b");
    }

    @Test
    void shouldReadStatusZeroAsARequestWithoutResponse() {
        assertThat(read("{\"response_code\":0,\"start_time\":\"2026-11-22T05:00:00Z\"}").status()).isZero();
        assertThat(read("{\"status\":\"0\"}").status()).isZero();
    }

    @Test
    void shouldDeadLetterALineNested5000Deep() {
        String deep = "{\"status\":200,\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertReason(deep, Reasons.TOO_DEEP);
    }

    @Test
    void shouldDeadLetterABodyNested5000DeepInsteadOfOverflowingTheStack() {
        String deep = "{\"status\":500,\"response_body\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}";

        assertReason(deep, Reasons.TOO_DEEP);
    }

    @Test
    void shouldPassA256KiBBodyOnWhole() {
        String text = "x".repeat(256 * 1024);

        AccessRecord r = read("{\"status\":502,\"response_body\":\"" + text + "\"}");

        assertThat(r.responseBody()).hasSize(256 * 1024);
    }

    @Test
    void shouldReadTheEventTimeOfARecordThreeHoursLate() {
        Instant late = Instant.now().minusSeconds(3 * 3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        AccessRecord r = read("{\"ts\":\"" + late + "\",\"status\":200}");

        assertThat(r.eventTimeMs()).isEqualTo(late.toEpochMilli());
    }

    @Test
    void shouldDeadLetterNginxLinesLoggedWithoutEscapeJson() {
        assertReason("{\"status\":\"200\",\"request\":\"GET /?q=\\x22a\\x22 HTTP/1.1\",\"time_iso8601\":\"2026-11-22T05:00:00+00:00\"}",
                Reasons.NOT_JSON);
        assertReason("203.0.113.9 - - [22/Nov/2026:05:00:00 +0000] \"GET / HTTP/1.1\" 200 612 \"-\" \"curl/8.4.0\"",
                Reasons.NOT_JSON);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "[{\"status\":200}]|not_an_object",
        "\"status\"|not_an_object",
        "42|not_an_object",
        "{}|no_status",
        "{\"ts\":\"2026-11-22T05:00:00Z\"}|no_status",
        "{\"status\":200,\"ts\":\"2026-11-22T05:0|truncated",
        "{\"status\":200,\"a\":[1,2|truncated",
        "{\"status\":\"teapot\"}|status_not_numeric",
        "{\"status\":true}|status_not_numeric",
        "{\"status\":{\"code\":200}}|status_not_numeric",
        "{\"status\":[]}|status_not_numeric",
        "{\"status\":200.5}|status_not_numeric",
        "{\"status\":-1}|status_out_of_range",
        "{\"status\":\"12345\"}|status_out_of_range",
        "{\"status\":200,\"ts\":\"yesterday\"}|bad_time",
        "{\"status\":200,\"ts\":\"2026-13-01T00:00:00Z\"}|bad_time",
        "{\"status\":200} {\"status\":200}|trailing_data",
        "{\"status\":200} x|not_json",
        "'   '|empty",
        "not json at all|not_json",
    })
    void shouldDeadLetterUnreadableLinesWithAStableReason(String line, String reason) {
        assertReason(line, reason);
    }

    @Test
    void shouldDeadLetterAnEmptyLine() {
        assertThatThrownBy(() -> READER.read(new byte[0])).isInstanceOf(UnreadableRecordException.class)
                .extracting(e -> ((UnreadableRecordException) e).reason()).isEqualTo(Reasons.EMPTY);
    }

    @Test
    void shouldNeverQuoteTheLineInTheException() {
        String secretish = "sx_at_abcdefghijklmnop";

        assertThatThrownBy(() -> read("{\"status\":\"" + secretish + "\"}"))
                .isInstanceOf(UnreadableRecordException.class)
                .satisfies(e -> assertThat(e.toString()).doesNotContain(secretish))
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void shouldBoundTheWorkOfAQueryWithThousandsOfCredentialParameters() {
        StringBuilder query = new StringBuilder("/v1?store_id=9");
        for (int i = 0; i < 20_000; i++) {
            query.append("&token=t").append(100_000 + i);
        }
        String body = "x".repeat(64 * 1024) + " t100000 t119999";

        AccessRecord r = read("{\"status\":401,\"path\":\"" + query + "\",\"response_body\":\"" + body + "\"}");

        assertThat(r.store()).isEqualTo("9");
        assertThat(new String(r.responseBody(), StandardCharsets.UTF_8)).doesNotContain("t100000");
        assertThat(Redactor.redactLine(query.toString().getBytes(StandardCharsets.UTF_8)))
                .asString(StandardCharsets.UTF_8).doesNotContain("t100000").doesNotContain("t119999");
    }

    @Test
    void shouldReadAStatusFromANumericStringOrAnIntegralFloat() {
        assertThat(read("{\"status\":\" 404 \"}").status()).isEqualTo(404);
        assertThat(read("{\"status\":429.0}").status()).isEqualTo(429);
    }

    @Test
    void shouldLeaveTheTimeOfALineWithoutOneToTheKafkaTimestamp() {
        AccessRecord r = read("{\"status\":200}");

        assertThat(r.hasEventTime()).isFalse();
        assertThat(r.eventTimeMs()).isEqualTo(AccessRecord.NO_EVENT_TIME);
    }

    @Test
    void shouldReadOtlpAttributesInAnyMemberOrderPastOnesItDoesNotCapture() {
        String line = "{\"timeUnixNano\":\"1795323604000000000\",\"attributes\":["
                + "{\"key\":\"service.name\",\"value\":{\"arrayValue\":{\"values\":[{\"stringValue\":\"gw\"},{\"intValue\":\"1\"}]}}},"
                + "{\"value\":{\"intValue\":\"503\"},\"key\":\"http.response.status_code\"},"
                + "{\"key\":\"http.request.header.x-store-id\",\"value\":{\"arrayValue\":{\"values\":["
                + "{\"kvlistValue\":{\"values\":[]}},{\"stringValue\":\"6006\"},{\"stringValue\":\"7007\"}]}}},"
                + "{\"key\":\"http.response.header.retry-after\",\"value\":{\"arrayValue\":{\"values\":[{\"stringValue\":\"30\"}]}}}]}";

        AccessRecord r = read(line);

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.store()).isEqualTo("6006");
        assertThat(r.responseHeaders().get("retry-after")).isEqualTo("30");
    }

    @Test
    void shouldIgnoreBlankValuesAroundTheRecord() {
        assertThat(read("  \n{\"status\":200}\n").status()).isEqualTo(200);
    }

    @Test
    void shouldReadANullBodyAsNoBody() {
        AccessRecord r = read("{\"status\":200,\"response_body\":null}");

        assertThat(r.responseBody()).isNull();
        assertThat(r.responseHeaders().get("content-type")).isNull();
    }

    @Test
    void shouldKeepNothingOfOneLineForTheNext() {
        AccessLogReader reader = AccessLogReaders.create(AccessLogSettings.defaults());
        AccessRecord first = reader.read(
                bytes("{\"status\":503,\"store_id\":\"a\",\"app_id\":\"app-1\",\"response_body\":{\"error\":\"x\"}}"));
        assertThat(first.store()).isEqualTo("a");
        assertThat(first.app()).isEqualTo("app-1");
        assertThat(first.responseBody()).isNotEmpty();
        assertThatThrownBy(() -> reader.read(bytes("{\"status\":500,\"store_id\":\"b\",\"x\":[")))
                .isInstanceOf(UnreadableRecordException.class);

        AccessRecord next = reader.read(bytes("{\"status\":200}"));

        assertThat(next.status()).isEqualTo(200);
        assertThat(next.store()).isEqualTo(AccessRecord.UNKNOWN);
        assertThat(next.app()).isEqualTo(AccessRecord.UNKNOWN);
        assertThat(next.responseBody()).isNull();
    }

    private static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private static AccessRecord read(String line) {
        return READER.read(line.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertReason(String line, String reason) {
        assertThatThrownBy(() -> read(line)).isInstanceOf(UnreadableRecordException.class)
                .extracting(e -> ((UnreadableRecordException) e).reason()).isEqualTo(reason);
    }
}
