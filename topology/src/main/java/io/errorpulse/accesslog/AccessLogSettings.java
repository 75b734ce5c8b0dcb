package io.errorpulse.accesslog;

import java.util.Map;

/**
 * How to read access logs.
 *
 * @param schema         the framing, or {@link LogSchema#AUTO}
 * @param fieldOverrides remapped field names for gateways that log under other names (role -> field path)
 * @param fingerprintKey the secret key of the credential fingerprint hash
 */
public record AccessLogSettings(LogSchema schema, Map<String, String> fieldOverrides, byte[] fingerprintKey) {

    public static AccessLogSettings defaults() {
        return new AccessLogSettings(LogSchema.AUTO, Map.of(), "errorpulse".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
