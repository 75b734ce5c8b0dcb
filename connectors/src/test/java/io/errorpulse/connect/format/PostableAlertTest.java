package io.errorpulse.connect.format;

import static io.errorpulse.connect.TestAlerts.json;
import static io.errorpulse.connect.TestAlerts.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostableAlertTest {

    private final AlertReader reader = new AlertReader();

    @Test
    void shouldKeepOnlyThePostableAlertFields() {
        ObjectNode postable = PostableAlert.of(reader.read(record(1, json("1042", "firing"))));

        assertThat(postable.fieldNames()).toIterable()
                .containsExactly("labels", "annotations", "startsAt", "endsAt", "generatorURL");
        assertThat(postable.path("labels").path("alertname").asText()).isEqualTo("ErrorpulseAuthFailureSpike");
        assertThat(postable.path("annotations").path("top_codes").asText()).isEqualTo("invalid_token=700");
    }

    @Test
    void shouldKeepThePastEndsAtOfAResolvedAlert() {
        ObjectNode postable = PostableAlert.of(reader.read(record(1, json("1042", "resolved"))));

        assertThat(postable.path("endsAt").asText()).isEqualTo("2026-11-22T05:14:12.345Z");
    }

    @Test
    void shouldWriteScalarLabelAndAnnotationValuesAsStrings() {
        String value = "{\"labels\":{\"store\":1042,\"n\":true},\"annotations\":{\"rate\":0.5,\"nested\":{\"a\":1}},"
                + "\"startsAt\":\"2026-11-22T05:10:12Z\"}";

        ObjectNode postable = PostableAlert.of(reader.read(record(1, value)));

        assertThat(postable.path("labels").path("store").isTextual()).isTrue();
        assertThat(postable.path("labels").path("n").asText()).isEqualTo("true");
        assertThat(postable.path("annotations").path("rate").asText()).isEqualTo("0.5");
        assertThat(postable.path("annotations").has("nested")).isFalse();
        assertThat(postable.has("endsAt")).isFalse();
    }

    @Test
    void shouldBuildOneArrayPerBatchInRecordOrder() {
        ArrayNode batch = PostableAlert.batch(List.of(
                reader.read(record(1, json("1", "firing"))), reader.read(record(2, json("2", "firing")))));

        assertThat(batch).hasSize(2);
        assertThat(batch.get(1).path("labels").path("store").asText()).isEqualTo("2");
    }
}
