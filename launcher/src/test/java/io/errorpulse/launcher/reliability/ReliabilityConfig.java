package io.errorpulse.launcher.reliability;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The configuration of an instance under test: the product's defaults (exactly_once_v2, its commit
 * interval and cache), plus the broker, topics and a free REST port. A killed member is noticed by the
 * group after the session timeout, so that one is short: the broker's minimum, 6 s.
 */
final class ReliabilityConfig {

    static final String ACCESS_LOGS = "api-access-logs";
    static final String ALERTS = "error-alerts";
    static final String DEAD_LETTER = "api-access-logs-dlq";

    private ReliabilityConfig() {
    }

    static Map<String, Object> properties(String bootstrapServers, String applicationId, Path stateDir) {
        Map<String, Object> props = new HashMap<>();
        props.put(ErrorpulseConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ErrorpulseConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(ErrorpulseConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(ErrorpulseConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2");
        props.put(ErrorpulseConfig.REST_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_ADVERTISED_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_PORT_CONFIG, Integer.toString(InProcessKafka.freePort()));
        props.put(ErrorpulseConfig.STREAMS_PREFIX + "session.timeout.ms", "6000");
        props.put(ErrorpulseConfig.STREAMS_PREFIX + "heartbeat.interval.ms", "1500");
        return props;
    }

    static Path write(Map<String, Object> props, Path file) {
        Properties out = new Properties();
        props.forEach((k, v) -> out.setProperty(k, v.toString()));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.store(writer, "errorpulse reliability test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
