package io.errorpulse.connect.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class AlertSinkConfigTest {

    private static Map<String, String> alertmanager() {
        Map<String, String> props = new HashMap<>();
        props.put("target.url", "http://alertmanager:9093");
        return props;
    }

    private static Map<String, String> webhook() {
        Map<String, String> props = new HashMap<>();
        props.put("target.type", "webhook");
        props.put("target.url", "https://hooks.example.com/errorpulse");
        props.put("webhook.secret", "0123456789abcdef0123");
        return props;
    }

    @Test
    void shouldApplyDefaultsForAlertmanager() {
        AlertSinkConfig config = new AlertSinkConfig(alertmanager());

        assertThat(config.targetType()).isEqualTo(TargetType.ALERTMANAGER);
        assertThat(config.maxRetries()).isEqualTo(10);
        assertThat(config.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.batchMaxAlerts()).isEqualTo(64);
        assertThat(config.splitRejectedBatches()).isTrue();
        assertThat(config.extraHeaders()).isEmpty();
    }

    @Test
    void shouldPostToTheApiV2AlertsEndpointUnderTheAlertmanagerBaseUrl() {
        Map<String, String> props = alertmanager();
        props.put("target.url", "http://alertmanager:9093/");

        assertThat(new AlertSinkConfig(props).endpoint()).hasToString("http://alertmanager:9093/api/v2/alerts");
    }

    @Test
    void shouldKeepAnAlertmanagerUrlThatAlreadyNamesTheEndpoint() {
        Map<String, String> props = alertmanager();
        props.put("target.url", "http://proxy/am/api/v2/alerts");

        assertThat(new AlertSinkConfig(props).endpoint()).hasToString("http://proxy/am/api/v2/alerts");
    }

    @Test
    void shouldUseTheWebhookUrlAsGiven() {
        assertThat(new AlertSinkConfig(webhook()).endpoint()).hasToString("https://hooks.example.com/errorpulse");
    }

    @Test
    void shouldAcceptTargetTypeInAnyCase() {
        Map<String, String> props = webhook();
        props.put("target.type", " WebHook ");

        assertThat(new AlertSinkConfig(props).targetType()).isEqualTo(TargetType.WEBHOOK);
    }

    @Test
    void shouldRejectAnUnknownTargetType() {
        Map<String, String> props = alertmanager();
        props.put("target.type", "pagerduty");

        assertThatThrownBy(() -> new AlertSinkConfig(props))
                .isInstanceOf(ConfigException.class).hasMessageContaining("alertmanager, webhook");
    }

    @Test
    void shouldRejectAUrlThatIsNotHttp() {
        Map<String, String> props = alertmanager();
        props.put("target.url", "ftp://alertmanager");

        assertThatThrownBy(() -> new AlertSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("target.url");
    }

    @Test
    void shouldRequireTheTargetUrl() {
        assertThatThrownBy(() -> new AlertSinkConfig(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("target.url");
    }

    @Test
    void shouldRequireALongEnoughSecretForWebhooks() {
        Map<String, String> props = webhook();
        props.put("webhook.secret", "short");

        assertThatThrownBy(() -> new AlertSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("webhook.secret").hasMessageContaining("16 characters");
    }

    @Test
    void shouldRejectAWebhookSecretOnAnAlertmanagerTarget() {
        Map<String, String> props = alertmanager();
        props.put("webhook.secret", "0123456789abcdef0123");

        assertThatThrownBy(() -> new AlertSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("only used with target.type=webhook");
    }

    @Test
    void shouldRejectAMaxBackoffBelowTheInitialBackoff() {
        Map<String, String> props = alertmanager();
        props.put("retry.backoff.initial.ms", "2000");
        props.put("retry.backoff.max.ms", "1000");

        assertThatThrownBy(() -> new AlertSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("retry.backoff.max.ms");
    }

    @Test
    void shouldRejectToleratingErrorsWithoutADeadLetterQueueOrLog() {
        Map<String, String> props = alertmanager();
        props.put("errors.tolerance", "all");

        assertThatThrownBy(() -> new AlertSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("without a trace");
    }

    @Test
    void shouldAcceptToleratingErrorsWithADeadLetterQueue() {
        Map<String, String> props = alertmanager();
        props.put("errors.tolerance", "all");
        props.put("errors.deadletterqueue.topic.name", "error-alerts-dlq");

        assertThat(new AlertSinkConfig(props).targetType()).isEqualTo(TargetType.ALERTMANAGER);
    }

    @Test
    void shouldParseExtraHeadersInOrder() {
        Map<String, String> props = alertmanager();
        props.put("http.headers", "X-Scope-OrgID: team-a, X-Env:prod");

        assertThat(new AlertSinkConfig(props).extraHeaders())
                .containsExactly(Map.entry("X-Scope-OrgID", "team-a"), Map.entry("X-Env", "prod"));
    }

    @Test
    void shouldRejectAnExtraHeaderTheSinkSetsItself() {
        Map<String, String> props = alertmanager();
        props.put("http.headers", "Content-Type: text/plain");

        assertThatThrownBy(() -> new AlertSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("set by the sink itself");
    }

    @Test
    void shouldRejectAnExtraHeaderThatWouldForgeTheSignature() {
        Map<String, String> props = webhook();
        props.put("http.headers", "X-Errorpulse-Signature: sha256=00");

        assertThatThrownBy(() -> new AlertSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.headers");
    }

    @Test
    void shouldRejectAHeaderEntryWithoutAColon() {
        Map<String, String> props = alertmanager();
        props.put("http.headers", "X-Env");

        assertThatThrownBy(() -> new AlertSinkConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'Name: value'");
    }

    @Test
    void shouldNotShowSecretsWhenPrinted() {
        Map<String, String> props = webhook();
        props.put("http.authorization", "Bearer top-secret-token");

        String printed = new AlertSinkConfig(props).toString();

        assertThat(printed).doesNotContain("top-secret-token").doesNotContain("0123456789abcdef0123");
    }

    @Test
    void shouldDocumentValidValuesInEveryValidator() {
        assertThat(AlertSinkConfig.configDef().configKeys().values())
                .filteredOn(key -> key.validator != null)
                .allSatisfy(key -> assertThat(key.validator.toString()).doesNotContain("@"));
    }
}
