package io.errorpulse.connect.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the sink delivers alerts; the config value is the lower-case name. */
public enum TargetType {
    /** Prometheus Alertmanager, API v2: batches of postable alerts to {@code /api/v2/alerts}. */
    ALERTMANAGER,
    /** Any HTTPS endpoint: one signed JSON alert per request. */
    WEBHOOK;

    /** The value as written in a connector config. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a config value, ignoring case and surrounding blanks. */
    public static TargetType fromConfigValue(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The accepted values, for validators and docs. */
    public static String configValues() {
        return Arrays.stream(values()).map(TargetType::configValue).collect(Collectors.joining(", "));
    }
}
