package io.errorpulse.accesslog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to read access logs.
 *
 * @param schema         the framing, or {@link LogSchema#AUTO} to recognise it per record
 * @param fieldOverrides remapped field names for gateways that log under other names: role wire name
 *                       ({@code status}, {@code time}, {@code store}, {@code app}, ... see
 *                       {@code docs/access-logs.md}) -> comma-separated dotted field paths, tried before the
 *                       framing's own
 * @param fingerprintKey the secret key of the credential fingerprint (HMAC-SHA256)
 */
public record AccessLogSettings(LogSchema schema, Map<String, String> fieldOverrides, byte[] fingerprintKey) {

    /** Config key: the framing ({@code auto}, {@code default}, {@code ecs}, ...). */
    public static final String SCHEMA_CONFIG = "log.schema";
    /** Config key prefix: {@code log.field.<role>=path[,path...]}. */
    public static final String FIELD_CONFIG_PREFIX = "log.field.";
    /** Config key: the secret key of the credential fingerprint. */
    public static final String FINGERPRINT_KEY_CONFIG = "log.fingerprint.key";
    /** The fingerprint key used when none is configured: fingerprints are then comparable across deployments. */
    public static final String DEFAULT_FINGERPRINT_KEY = "errorpulse";

    public AccessLogSettings {
        schema = schema == null ? LogSchema.AUTO : schema;
        fieldOverrides = fieldOverrides == null ? Map.of() : Map.copyOf(fieldOverrides);
        fingerprintKey = fingerprintKey == null || fingerprintKey.length == 0
                ? DEFAULT_FINGERPRINT_KEY.getBytes(StandardCharsets.UTF_8) : fingerprintKey.clone();
        remapped(fieldOverrides);
    }

    public static AccessLogSettings defaults() {
        return new AccessLogSettings(LogSchema.AUTO, Map.of(), null);
    }

    /** From plain values, as a config class holds them; a null or blank key means the default key. */
    public static AccessLogSettings of(String schema, Map<String, String> fieldOverrides, String fingerprintKey) {
        return new AccessLogSettings(schema == null || schema.isBlank() ? LogSchema.AUTO : LogSchema.fromWireName(schema),
                fieldOverrides,
                fingerprintKey == null || fingerprintKey.isBlank() ? null : fingerprintKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * From config properties: {@value #SCHEMA_CONFIG}, every {@value #FIELD_CONFIG_PREFIX}{@code <role>}
     * and {@value #FINGERPRINT_KEY_CONFIG}; other keys are ignored. Field values may be strings or lists
     * of paths; the key must be its plain string (a Kafka {@code Password}'s {@code value()}).
     */
    public static AccessLogSettings fromConfig(Map<String, ?> props) {
        Map<String, String> fields = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (k.startsWith(FIELD_CONFIG_PREFIX) && v != null) {
                String joined = v instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : v.toString();
                if (!joined.isBlank()) {
                    fields.put(k.substring(FIELD_CONFIG_PREFIX.length()), joined);
                }
            }
        });
        Object schema = props.get(SCHEMA_CONFIG);
        return of(schema == null ? null : schema.toString(), fields, secret(props.get(FINGERPRINT_KEY_CONFIG)));
    }

    private static String secret(Object value) {
        if (value == null || value instanceof CharSequence) {
            return value == null ? null : value.toString();
        }
        throw new IllegalArgumentException(FINGERPRINT_KEY_CONFIG + " must be passed as its plain value"
                + " (for a Kafka Password, its value())");
    }

    /** The overrides by role, validated: an unknown role or an empty path is a configuration error. */
    Map<Role, List<String>> remapped() {
        return remapped(fieldOverrides);
    }

    private static Map<Role, List<String>> remapped(Map<String, String> overrides) {
        Map<Role, List<String>> out = new EnumMap<>(Role.class);
        overrides.forEach((role, paths) -> {
            List<String> list = new ArrayList<>();
            for (String p : paths.split(",")) {
                String path = p.trim();
                if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
                    throw new IllegalArgumentException("bad field path '" + path + "' for " + FIELD_CONFIG_PREFIX + role);
                }
                list.add(path);
            }
            out.put(Role.fromWireName(role), list);
        });
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessLogSettings s && schema == s.schema && fieldOverrides.equals(s.fieldOverrides)
                && Arrays.equals(fingerprintKey, s.fingerprintKey);
    }

    @Override
    public int hashCode() {
        return 31 * schema.hashCode() + fieldOverrides.hashCode();
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "AccessLogSettings[schema=" + schema.wireName() + ", fieldOverrides=" + fieldOverrides + "]";
    }
}
