package io.errorpulse.connect.format;

import static io.errorpulse.connect.TestAlerts.json;
import static io.errorpulse.connect.TestAlerts.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertReaderTest {

    private final AlertReader reader = new AlertReader();

    @Test
    void shouldReadAStringValue() {
        Alert alert = reader.read(record(1, json("1042", "firing")));

        assertThat(alert.id()).isEqualTo("fp-1042");
        assertThat(alert.status()).isEqualTo("firing");
        assertThat(alert.body().path("labels").path("store").asText()).isEqualTo("1042");
    }

    @Test
    void shouldReadABytesValue() {
        Alert alert = reader.read(record(1, json("7", "resolved").getBytes(StandardCharsets.UTF_8)));

        assertThat(alert.status()).isEqualTo("resolved");
    }

    @Test
    void shouldReadASchemalessJsonConverterValue() {
        Map<String, Object> value = Map.of("labels", Map.of("alertname", "X"), "startsAt", "2026-11-22T05:10:12Z");

        assertThat(reader.read(record(1, value)).body().path("labels").path("alertname").asText()).isEqualTo("X");
    }

    @Test
    void shouldFallBackToTheKeyWhenTheAlertHasNoFingerprint() {
        Alert alert = reader.read(record(9, "{\"labels\":{\"a\":\"b\"},\"startsAt\":\"2026-11-22T05:10:12Z\"}"));

        assertThat(alert.id()).isEqualTo("fp-9");
    }

    @Test
    void shouldRejectInvalidJson() {
        assertThatThrownBy(() -> reader.read(record(1, "{\"labels\":"))).isInstanceOf(InvalidAlertException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void shouldRejectContentAfterTheJsonObject() {
        assertThatThrownBy(() -> reader.read(record(1, json("1", "firing") + " {}")))
                .isInstanceOf(InvalidAlertException.class);
    }

    @Test
    void shouldRejectAJsonValueThatIsNotAnObject() {
        assertThatThrownBy(() -> reader.read(record(1, "[1,2]"))).isInstanceOf(InvalidAlertException.class)
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void shouldRejectANullValue() {
        assertThatThrownBy(() -> reader.read(record(1, null))).isInstanceOf(InvalidAlertException.class)
                .hasMessageContaining("null");
    }

    @Test
    void shouldRejectAnAlertWithoutLabels() {
        assertThatThrownBy(() -> reader.read(record(1, "{\"labels\":{},\"startsAt\":\"2026-11-22T05:10:12Z\"}")))
                .isInstanceOf(InvalidAlertException.class).hasMessageContaining("no labels");
    }

    @Test
    void shouldRejectAnEmptyLabelValue() {
        assertThatThrownBy(() -> reader.read(record(1, "{\"labels\":{\"store\":\"\"},\"startsAt\":\"2026-11-22T05:10:12Z\"}")))
                .isInstanceOf(InvalidAlertException.class).hasMessageContaining("store");
    }

    @Test
    void shouldRejectAStartsAtThatIsNotAnInstant() {
        assertThatThrownBy(() -> reader.read(record(1, "{\"labels\":{\"a\":\"b\"},\"startsAt\":\"yesterday\"}")))
                .isInstanceOf(InvalidAlertException.class).hasMessageContaining("startsAt");
    }

    @Test
    void shouldRejectDeeplyNestedValues() {
        String deep = "{\"labels\":{\"a\":\"b\"},\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";

        assertThatThrownBy(() -> reader.read(record(1, deep))).isInstanceOf(InvalidAlertException.class);
    }
}
