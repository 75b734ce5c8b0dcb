package io.errorpulse.connect.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Accepts one of the {@link TargetType} names, in any case. */
public final class TargetTypeValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            throw new ConfigException(name, null, "must be one of " + this);
        }
        try {
            TargetType.fromConfigValue(value.toString());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, "must be one of " + this);
        }
    }

    @Override
    public String toString() {
        return "[" + TargetType.configValues() + "]";
    }
}
