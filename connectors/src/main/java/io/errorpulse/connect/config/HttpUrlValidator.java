package io.errorpulse.connect.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Accepts an absolute http or https URL with a host, so that a typo fails when the connector is
 * created instead of on the first alert.
 */
public final class HttpUrlValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new ConfigException(name, value, "must be " + this);
        }
        URI uri;
        try {
            uri = new URI(value.toString().trim());
        } catch (URISyntaxException e) {
            throw new ConfigException(name, value, "is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ConfigException(name, value, "must be " + this);
        }
        if (uri.getHost() == null) {
            throw new ConfigException(name, value, "has no host; must be " + this);
        }
    }

    @Override
    public String toString() {
        return "an absolute http:// or https:// URL";
    }
}
