package io.errorpulse.integration;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The settings an integration test's instance starts from: the test's in-process broker, a state
 * directory of its own, and REST on a free loopback port advertised as such. A test adds what it is
 * about to the map. Also the settings of a consumer reading what the instance wrote, as a user would.
 */
final class LocalInstanceSettings {

    private LocalInstanceSettings() {
    }

    static Map<String, Object> of(InProcessKafka kafka, String applicationId, Path stateDir) {
        Map<String, Object> props = new HashMap<>();
        props.put(ErrorpulseConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ErrorpulseConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(ErrorpulseConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(ErrorpulseConfig.REST_PORT_CONFIG, InProcessKafka.freePort());
        props.put(ErrorpulseConfig.REST_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_ADVERTISED_HOST_CONFIG, "127.0.0.1");
        return props;
    }

    /** A consumer of a group of its own, from the earliest offset, reading committed records only. */
    static Map<String, Object> readCommitted(InProcessKafka kafka) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }
}
