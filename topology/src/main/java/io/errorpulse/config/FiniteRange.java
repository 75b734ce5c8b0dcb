package io.errorpulse.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigException;

/**
 * A {@link Range} of doubles that also refuses NaN and the infinities: {@code Range} only compares, and
 * NaN fails no comparison, so {@code Range.between(0.0, 1.0)} accepts {@code NaN}.
 */
final class FiniteRange implements ConfigDef.Validator {

    private final Range range;

    private FiniteRange(Range range) {
        this.range = range;
    }

    static FiniteRange between(double min, double max) {
        return new FiniteRange(Range.between(min, max));
    }

    static FiniteRange atLeast(double min) {
        return new FiniteRange(Range.atLeast(min));
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value instanceof Double number && !Double.isFinite(number)) {
            throw new ConfigException(name, value, "Value must be a finite number");
        }
        range.ensureValid(name, value);
    }

    @Override
    public String toString() {
        return range.toString();
    }
}
