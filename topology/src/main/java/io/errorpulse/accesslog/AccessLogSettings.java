package io.errorpulse.accesslog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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

    /** Config key prefix of a remap: {@code log.field.<role>=path[,path...]}. */
    private static final String FIELD_CONFIG_PREFIX = "log.field.";
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
