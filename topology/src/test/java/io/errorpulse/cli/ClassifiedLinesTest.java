package io.errorpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessLogSettings;
import io.errorpulse.accesslog.RequestClassifier;
import io.errorpulse.envelope.EnvelopeClassifier;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifiedLinesTest {

    private final ClassifiedLines lines = new ClassifiedLines(AccessLogReaders.create(AccessLogSettings.defaults()),
            new RequestClassifier(new EnvelopeClassifier()));

    @Test
    void shouldWriteOneObjectPerLineInInputOrder() throws Exception {
        List<JsonNode> out = classify(String.join("\n",
                "{\"ts\":\"2026-11-22T10:00:00+01:00\",\"store_id\":1042,\"app_id\":\"a\",\"status\":429,\"response_body\":\"\"}",
                "[1,2,3]",
                "{\"store_id\":\"7\",\"status\":\"200\"}"));

        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(out.get(0).get("event_time").asText()).isEqualTo("2026-11-22T09:00:00Z");
        assertThat(out.get(0).get("store").asText()).isEqualTo("1042");
        assertThat(out.get(0).get("alert_class").asText()).isEqualTo("rate_limited");
        assertThat(out.get(1).get("ok").asBoolean()).isFalse();
        assertThat(out.get(1).get("reason").asText()).isNotBlank();
        assertThat(out.get(2).get("ok").asBoolean()).isTrue();
        assertThat(out.get(2).get("event_time").isNull()).as("a line without a time has a null event_time").isTrue();
    }

    @Test
    void shouldNeverPrintACredential() throws Exception {
        String token = "sx_at_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
        List<JsonNode> out = classify("{\"ts\":1763805600000,\"store_id\":\"1\",\"app_id\":\"a\",\"status\":401,"
                + "\"request_headers\":{\"authorization\":\"Bearer " + token + "\"},"
                + "\"response_body\":\"{\\\"code\\\":\\\"invalid_token\\\",\\\"message\\\":\\\"bad " + token + "\\\"}\"}");

        assertThat(out.get(0).toString()).doesNotContain(token).doesNotContain("9f8e7d6c5b4a");
    }

    private List<JsonNode> classify(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lines.classifyAll(new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<JsonNode> out = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }
}
