package io.errorpulse.connect.config;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Accepts an HTTP header name (an RFC 9110 token) that the sink does not set itself: the headers
 * that frame the body or carry credentials have their own settings, so a header list cannot
 * silently override them.
 */
public final class HeaderNameValidator implements ConfigDef.Validator {

    static final Set<String> RESERVED = Set.of(
            "authorization", "connection", "content-length", "content-type", "expect", "host", "upgrade");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    @Override
    public void ensureValid(String name, Object value) {
        String header = value == null ? "" : value.toString().trim();
        check(name, header);
    }

    static void check(String configName, String header) {
        if (!TOKEN.matcher(header).matches()) {
            throw new ConfigException(configName, header, "is not a valid HTTP header name");
        }
        if (RESERVED.contains(header.toLowerCase(Locale.ROOT))) {
            throw new ConfigException(configName, header, "is set by the sink itself and cannot be configured here");
        }
    }

    @Override
    public String toString() {
        return "an HTTP header name, not one of " + String.join(", ", RESERVED.stream().sorted().toList());
    }
}
