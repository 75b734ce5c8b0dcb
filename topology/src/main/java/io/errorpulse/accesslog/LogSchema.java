package io.errorpulse.accesslog;

import java.util.Locale;

/** The access-log framings errorpulse reads; {@link #AUTO} recognises them per record. */
public enum LogSchema {
    AUTO, DEFAULT, ECS, OTEL, OTLP, NGINX, ENVOY, KONG, APIGW;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LogSchema fromWireName(String name) {
        for (LogSchema s : values()) {
            if (s.wireName().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown log schema '" + name
                + "' (expected one of auto, default, ecs, otel, otlp, nginx, envoy, kong, apigw)");
    }
}
