package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"authorization\":\"Bearer abcdef123456\"}|{\"authorization\":\"[redacted]\"}",
        "{\"x-client-secret\": \"s3cr3tvalue\"}|{\"x-client-secret\": \"[redacted]\"}",
        "GET /v1?store_id=1&api_key=abc123def&x=1|GET /v1?store_id=1&api_key=[redacted]&x=1",
        "/v1?token=abc123def|/v1?token=[redacted]",
        "Authorization: Bearer abc.def-ghi|Authorization: [redacted]",
        "\"ua\":\"x\" \"Bearer abcdefghijkl\"|\"ua\":\"x\" \"Bearer [redacted]\"",
        "{\"msg\":\"{\\\"token\\\":\\\"abcdefgh\\\"}\"}|{\"msg\":\"{\\\"token\\\":\\\"[redacted]\\\"}\"}",
        "{\"apiKey\":\"Xk7pQ2vR9sT4\"}|{\"apiKey\":\"[redacted]\"}",
        "key sk_live_abcdefghij end|key sk_live_[redacted] end",
        "{\"status\":200,\"store_id\":\"42\"}|{\"status\":200,\"store_id\":\"42\"}",
    })
    void shouldRemoveCredentialsAndKeepTheRest(String line, String expected) {
        assertThat(redact(line)).isEqualTo(expected);
    }

    @Test
    void shouldRemoveTheDecodedBasicPasswordWhereverItAppears() {
        String line = "{\"authorization\":\"Basic YmlsbGluZy1zdmM6aHVudGVyMi1Db3JyZWN0LUhvcnNl\","
                + "\"body\":\"bad login billing-svc:hunter2-Correct-Horse\",\"echo\":\"hunter2-Correct-Horse\"}";

        assertThat(redact(line)).doesNotContain("hunter2-Correct-Horse").doesNotContain("YmlsbGluZy1zdmM6");
    }

    @Test
    void shouldRemoveAnOtlpAttributeValueAndItsEchoes() {
        String line = "{\"attributes\":[{\"key\":\"http.request.header.x-api-key\",\"value\":{\"arrayValue\":"
                + "{\"values\":[{\"stringValue\":\"ak-2f9c1e7b4d8a6f03\"}]}}}],\"body\":{\"stringValue\":\"key "
                + "ak-2f9c1e7b4d8a6f03 unknown\"}}";

        assertThat(redact(line)).doesNotContain("ak-2f9c1e7b4d8a6f03").contains("\"value\":\"[redacted]\"");
    }

    @Test
    void shouldRedactAHugeListOfKeywordStringsInLinearTime() {
        // each keyword string followed by a comma made the redactor look for a "value" member to the end of the line
        String line = "{\"body\":[" + "\"authorization\",".repeat(70_000) + "\"x\"]}";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(Redactor.redactLine(
                line.getBytes(StandardCharsets.UTF_8))).isNotNull());
    }

    @Test
    void shouldReturnNullForNullAndNeverThrowOnBinary() {
        assertThat(Redactor.redactLine(null)).isNull();
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            byte[] junk = new byte[random.nextInt(300)];
            random.nextBytes(junk);
            assertThat(Redactor.redactLine(junk)).isNotNull();
        }
    }

    private static String redact(String line) {
        return new String(Redactor.redactLine(line.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
