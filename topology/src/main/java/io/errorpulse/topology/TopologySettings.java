package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessLogSettings;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.DetectionSettings;
import io.errorpulse.envelope.EnvelopeClassifier;
import java.time.Duration;

/**
 * Everything the topology function needs, already validated: topic names, framings, envelope
 * classifier, windows and detection thresholds.
 */
public record TopologySettings(
        String accessLogsTopic,
        String alertsTopic,
        String deadLetterTopic,
        AccessLogSettings accessLogs,
        EnvelopeClassifier envelopes,
        Duration windowSize,
        Duration windowGrace,
        Duration windowRetention,
        DetectionSettings detection) {

    public static TopologySettings from(ErrorpulseConfig config, String restBaseUrl) {
        Duration windowSize = config.duration(ErrorpulseConfig.WINDOW_SIZE_MS_CONFIG);
        AccessLogSettings accessLogs = new AccessLogSettings(
                io.errorpulse.accesslog.LogSchema.fromWireName(config.getString(ErrorpulseConfig.LOG_SCHEMA_CONFIG)),
                java.util.Map.of(), AccessLogSettings.defaults().fingerprintKey());
        return new TopologySettings(
                config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG),
                config.getString(ErrorpulseConfig.TOPIC_ALERTS_CONFIG),
                config.getString(ErrorpulseConfig.TOPIC_DEAD_LETTER_CONFIG),
                accessLogs,
                new EnvelopeClassifier(),
                windowSize,
                config.duration(ErrorpulseConfig.WINDOW_GRACE_MS_CONFIG),
                config.duration(ErrorpulseConfig.WINDOW_RETENTION_MS_CONFIG),
                new DetectionSettings(
                        config.getInt(ErrorpulseConfig.DETECT_MIN_EVENTS_CONFIG),
                        config.getDouble(ErrorpulseConfig.DETECT_RATE_FLOOR_CONFIG),
                        config.getInt(ErrorpulseConfig.DETECT_RESOLVE_WINDOWS_CONFIG),
                        config.duration(ErrorpulseConfig.DETECT_RENOTIFY_MS_CONFIG),
                        windowSize,
                        restBaseUrl));
    }
}
