package io.errorpulse.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class AlertSinkConnectorTest {

    private final AlertSinkConnector connector = new AlertSinkConnector();

    @Test
    void shouldGiveEveryTaskTheConnectorProps() {
        Map<String, String> props = Map.of("target.url", "http://127.0.0.1:9093");
        connector.start(props);

        assertThat(connector.taskConfigs(3)).hasSize(3).allSatisfy(task -> assertThat(task).isEqualTo(props));
        assertThat(connector.taskClass()).isEqualTo(AlertSinkTask.class);
    }

    @Test
    void shouldReportCrossFieldProblemsAgainstTheKeyToChange() {
        Config result = connector.validate(Map.of("target.type", "webhook", "target.url", "https://h.example/x"));

        assertThat(errorsOf(result, "webhook.secret")).singleElement().asString().contains("16 characters");
    }

    @Test
    void shouldReportKeyErrorsWithoutCrossFieldNoise() {
        Config result = connector.validate(Map.of("target.url", "not a url"));

        assertThat(errorsOf(result, "target.url")).isNotEmpty();
        assertThat(errorsOf(result, "webhook.secret")).isEmpty();
    }

    @Test
    void shouldAcceptAValidConfig() {
        Config result = connector.validate(Map.of("target.url", "http://127.0.0.1:9093"));

        assertThat(result.configValues()).allSatisfy(value -> assertThat(value.errorMessages()).isEmpty());
    }

    private static List<String> errorsOf(Config config, String key) {
        return config.configValues().stream().filter(value -> value.name().equals(key))
                .map(ConfigValue::errorMessages).findFirst().orElse(List.of());
    }
}
