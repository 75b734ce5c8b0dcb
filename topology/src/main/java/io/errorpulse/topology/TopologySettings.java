package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessLogSettings;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.DetectionSettings;
import io.errorpulse.detect.SloSettings;
import io.errorpulse.detect.ThresholdOverrides;
import io.errorpulse.detect.Thresholds;
import io.errorpulse.envelope.CodeTable;
import io.errorpulse.envelope.EnvelopeClassifier;
import java.time.Duration;
import org.apache.kafka.common.config.ConfigException;

/**
 * Everything the topology function needs, already validated: topic names, framings, envelope
 * classifier, windows, roll-ups, how partials are combined, and detection thresholds.
 *
 * @param windowSize         the finest tumbling window
 * @param windowGrace        how late a record may be and still count in its window
 * @param windowRetention    how long finest windows are kept
 * @param rollupSize         the coarser roll-up window
 * @param rollupRetention    how long roll-up windows are kept
 * @param flushInterval      how often (wall clock) partials are forwarded to the window stores
 * @param inputKeyedByStore  input records are keyed (partitioned) by store: no repartition
 * @param committedInput     the input topic as the application consumed it, read again when a task starts
 *                           (see {@link StorePartialsProcessor})
 */
public record TopologySettings(
        String accessLogsTopic,
        String alertsTopic,
        AccessLogSettings accessLogs,
        EnvelopeClassifier envelopes,
        Duration windowSize,
        Duration windowGrace,
        Duration windowRetention,
        Duration rollupSize,
        Duration rollupRetention,
        Duration flushInterval,
        boolean inputKeyedByStore,
        DetectionSettings detection,
        CommittedInput committedInput) {

    /** How long reading the input again at a task's start may take before it is retried at the next flush. */
    static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(30);

    public TopologySettings {
        if (windowGrace.plus(windowSize).compareTo(windowRetention) > 0) {
            throw new ConfigException("window.retention.ms must cover window.size.ms + window.grace.ms");
        }
        if (rollupSize.toMillis() % windowSize.toMillis() != 0) {
            throw new ConfigException("window.rollup.size.ms must be a multiple of window.size.ms");
        }
        if (rollupRetention.compareTo(rollupSize.plus(windowGrace)) < 0) {
            throw new ConfigException("window.rollup.retention.ms must cover window.rollup.size.ms + window.grace.ms");
        }
    }

    public static TopologySettings from(ErrorpulseConfig config, String restBaseUrl) {
        Duration windowSize = config.duration(ErrorpulseConfig.WINDOW_SIZE_MS_CONFIG);
        AccessLogSettings accessLogs = AccessLogSettings.of(config.getString(ErrorpulseConfig.LOG_SCHEMA_CONFIG),
                config.logFieldOverrides(), config.getPassword(ErrorpulseConfig.LOG_FINGERPRINT_KEY_CONFIG).value());
        return new TopologySettings(
                config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG),
                config.getString(ErrorpulseConfig.TOPIC_ALERTS_CONFIG),
                accessLogs,
                envelopes(config),
                windowSize,
                config.duration(ErrorpulseConfig.WINDOW_GRACE_MS_CONFIG),
                config.duration(ErrorpulseConfig.WINDOW_RETENTION_MS_CONFIG),
                config.duration(ErrorpulseConfig.WINDOW_ROLLUP_SIZE_MS_CONFIG),
                config.duration(ErrorpulseConfig.WINDOW_ROLLUP_RETENTION_MS_CONFIG),
                config.duration(ErrorpulseConfig.PARTIALS_FLUSH_INTERVAL_MS_CONFIG),
                config.getBoolean(ErrorpulseConfig.INPUT_KEYED_BY_STORE_CONFIG),
                detection(config, windowSize, restBaseUrl),
                new KafkaCommittedInput(config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG),
                        StreamsSettings.from(config, null), REPLAY_TIMEOUT));
    }

    /** The built-in code table, with the user's mapping file over it when one is configured. */
    static EnvelopeClassifier envelopes(ErrorpulseConfig config) {
        String file = config.getString(ErrorpulseConfig.ENVELOPE_CODES_FILE_CONFIG);
        return file.isBlank() ? new EnvelopeClassifier()
                : new EnvelopeClassifier(CodeTable.builtIn().withOverrides(java.nio.file.Path.of(file.trim())));
    }

    static DetectionSettings detection(ErrorpulseConfig config, Duration windowSize, String restBaseUrl) {
        Thresholds defaults = new Thresholds(
                config.getInt(ErrorpulseConfig.DETECT_MIN_EVENTS_CONFIG),
                config.getDouble(ErrorpulseConfig.DETECT_RATE_FLOOR_CONFIG),
                config.getDouble(ErrorpulseConfig.DETECT_SIGMAS_CONFIG),
                config.getDouble(ErrorpulseConfig.DETECT_MIN_INCREASE_CONFIG));
        return new DetectionSettings(
                ThresholdOverrides.parse(defaults, config.detectionOverrides()),
                config.getInt(ErrorpulseConfig.DETECT_BASELINE_SPAN_WINDOWS_CONFIG),
                config.getInt(ErrorpulseConfig.DETECT_BASELINE_MIN_WINDOWS_CONFIG),
                config.getLong(ErrorpulseConfig.DETECT_BASELINE_MIN_REQUESTS_CONFIG),
                config.getInt(ErrorpulseConfig.DETECT_RESOLVE_WINDOWS_CONFIG),
                config.getDouble(ErrorpulseConfig.DETECT_RESOLVE_FRACTION_CONFIG),
                config.duration(ErrorpulseConfig.DETECT_RENOTIFY_MS_CONFIG),
                config.duration(ErrorpulseConfig.DETECT_CHECK_INTERVAL_MS_CONFIG),
                windowSize,
                restBaseUrl,
                new SloSettings(config.getBoolean(ErrorpulseConfig.DETECT_SLO_ENABLED_CONFIG),
                        config.getDouble(ErrorpulseConfig.DETECT_SLO_OBJECTIVE_CONFIG),
                        config.getLong(ErrorpulseConfig.DETECT_SLO_MIN_EVENTS_CONFIG)));
    }
}
