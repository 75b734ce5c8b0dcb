package io.errorpulse.connect.config;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Accepts a comma-separated list of {@code Name: value} pairs with valid, non-reserved names. */
public final class HeaderListValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        if (!(value instanceof List<?> entries)) {
            return;
        }
        for (Object entry : entries) {
            String text = entry.toString();
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new ConfigException(name, text, "must be " + this);
            }
            HeaderNameValidator.check(name, text.substring(0, colon).trim());
        }
    }

    @Override
    public String toString() {
        return "a comma-separated list of 'Name: value' pairs; names not in "
                + String.join(", ", HeaderNameValidator.RESERVED.stream().sorted().toList());
    }
}
