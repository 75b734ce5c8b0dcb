package io.errorpulse.launcher.bench;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.topology.ErrorpulseTopology;
import io.errorpulse.topology.StreamsSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * An errorpulse instance as the benchmark runs it: the product's own defaults (commit interval,
 * record cache, threads, windows, detection), with only what a run must set: the broker, a fresh
 * application id and state directory, the topics, the processing guarantee, a free REST port.
 */
final class BenchInstance {

    private BenchInstance() {
    }

    static ErrorpulseConfig config(String bootstrapServers, String applicationId, Path stateDir, String inputTopic,
                                   String alertsTopic, String deadLetterTopic, String guarantee,
                                   Map<String, Object> streamsOverrides) {
        Map<String, Object> props = new HashMap<>();
        props.put(ErrorpulseConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ErrorpulseConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(ErrorpulseConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG, inputTopic);
        props.put(ErrorpulseConfig.TOPIC_ALERTS_CONFIG, alertsTopic);
        props.put(ErrorpulseConfig.TOPIC_DEAD_LETTER_CONFIG, deadLetterTopic);
        props.put(ErrorpulseConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        props.put(ErrorpulseConfig.REST_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_ADVERTISED_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_PORT_CONFIG, InProcessKafka.freePort());
        streamsOverrides.forEach((k, v) -> props.put(ErrorpulseConfig.STREAMS_PREFIX + k, v));
        return new ErrorpulseConfig(props);
    }

    static ErrorpulseInstance start(ErrorpulseConfig config) {
        return ErrorpulseInstance.start(config);
    }

    static ThroughputRun.Result measure(ThroughputRun runner, String name, ErrorpulseConfig config, long records,
                                        long timeoutMs) throws InterruptedException {
        return measure(runner, name, config, ErrorpulseTopology.Stage.DETECT, records, timeoutMs);
    }

    /**
     * Measures an instance configured by {@code config}, its topology up to {@code last}, over the
     * {@code records} already in its input topic ({@link ThroughputRun}), with the records found in its
     * minute windows afterwards (none before {@link ErrorpulseTopology.Stage#COUNT}); then stops it and
     * deletes its state directory.
     */
    static ThroughputRun.Result measure(ThroughputRun runner, String name, ErrorpulseConfig config,
                                        ErrorpulseTopology.Stage last, long records, long timeoutMs)
            throws InterruptedException {
        ErrorpulseInstance[] instance = new ErrorpulseInstance[1];
        try {
            ThroughputRun.Result result = runner.measure(name, config.getString(ErrorpulseConfig.APPLICATION_ID_CONFIG),
                    config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG), records, () -> {
                        instance[0] = ErrorpulseInstance.start(config, last);
                        return instance[0].streams();
                    }, timeoutMs);
            return result.withCounted(CountedRecords.<StoreWindowCounts>sum(instance[0].streams(),
                    ErrorpulseTopology.STORE_MINUTE_COUNTS, counts -> counts.total().requests()));
        } finally {
            if (instance[0] != null) {
                instance[0].close();
            }
            BenchCommand.deleteTree(Path.of(config.getString(ErrorpulseConfig.STATE_DIR_CONFIG)));
        }
    }

    /** The Kafka Streams properties the instance runs with, to report what was measured. */
    static Properties streamsProperties(ErrorpulseConfig config) {
        return StreamsSettings.from(config, null);
    }
}
