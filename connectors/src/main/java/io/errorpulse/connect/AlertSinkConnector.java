package io.errorpulse.connect;

import io.errorpulse.connect.config.AlertSinkConfig;
import io.errorpulse.connect.config.CrossFieldChecks;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Delivers errorpulse alert records (the {@code error-alerts} topic) to Prometheus Alertmanager or
 * to a signed webhook. Thin on purpose: the config validates itself, every task gets the same props.
 */
public final class AlertSinkConnector extends SinkConnector {

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new AlertSinkConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return AlertSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return Collections.nCopies(maxTasks, props);
    }

    @Override
    public void stop() {
        props = null;
    }

    @Override
    public ConfigDef config() {
        return AlertSinkConfig.configDef();
    }

    /** Adds the cross-field rules to Connect's per-key validation, so the REST API reports them too. */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        boolean keysValid = config.configValues().stream().allMatch(value -> value.errorMessages().isEmpty());
        if (keysValid) {
            AlertSinkConfig parsed = AlertSinkConfig.withoutCrossFieldChecks(connectorConfigs);
            for (CrossFieldChecks.Problem problem : CrossFieldChecks.of(parsed, connectorConfigs)) {
                valueOf(config, problem.key()).addErrorMessage(problem.message());
            }
        }
        return config;
    }

    private static ConfigValue valueOf(Config config, String key) {
        return config.configValues().stream().filter(value -> value.name().equals(key)).findFirst()
                .orElseGet(() -> {
                    ConfigValue added = new ConfigValue(key);
                    config.configValues().add(added);
                    return added;
                });
    }

    @Override
    public String version() {
        return Version.get();
    }
}
