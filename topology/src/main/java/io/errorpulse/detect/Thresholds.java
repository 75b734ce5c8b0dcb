package io.errorpulse.detect;

import java.util.Locale;
import org.apache.kafka.common.config.ConfigException;

/**
 * The thresholds of one (store, app, class): a window fires when it holds at least {@code minEvents}
 * class events and its rate is over the line: the static {@code rateFloor} while no baseline is
 * learned, else the baseline plus the larger of {@code sigmas} deviations and {@code minIncrease}, with
 * a binomial test of {@code sigmas} standard errors against the baseline.
 */
public record Thresholds(int minEvents, double rateFloor, double sigmas, double minIncrease) {

    /** The parameter names, as they appear at the end of config keys. */
    public static final String MIN_EVENTS = "min.events";
    public static final String RATE_FLOOR = "rate.floor";
    public static final String SIGMAS = "sigmas";
    public static final String MIN_INCREASE = "min.increase";
    public static final java.util.List<String> PARAMETERS = java.util.List.of(MIN_EVENTS, RATE_FLOOR, SIGMAS, MIN_INCREASE);

    public Thresholds {
        if (minEvents < 1) {
            throw new ConfigException(MIN_EVENTS + " must be at least 1, not " + minEvents);
        }
        // written so that NaN, which fails every comparison, fails each check too
        if (!(rateFloor > 0 && rateFloor <= 1)) {
            throw new ConfigException(RATE_FLOOR + " must be in (0, 1], not " + rateFloor);
        }
        if (!(sigmas > 0 && sigmas < Double.POSITIVE_INFINITY)) {
            throw new ConfigException(SIGMAS + " must be a positive number, not " + sigmas);
        }
        if (!(minIncrease >= 0 && minIncrease <= 1)) {
            throw new ConfigException(MIN_INCREASE + " must be in [0, 1], not " + minIncrease);
        }
    }

    /** These thresholds with one parameter replaced, from its config text. */
    public Thresholds with(String parameter, String value) {
        String text = value.trim();
        try {
            return switch (parameter) {
                case MIN_EVENTS -> new Thresholds(Integer.parseInt(text), rateFloor, sigmas, minIncrease);
                case RATE_FLOOR -> new Thresholds(minEvents, Double.parseDouble(text), sigmas, minIncrease);
                case SIGMAS -> new Thresholds(minEvents, rateFloor, Double.parseDouble(text), minIncrease);
                case MIN_INCREASE -> new Thresholds(minEvents, rateFloor, sigmas, Double.parseDouble(text));
                default -> throw new ConfigException("unknown detection threshold '" + parameter + "' (expected one of "
                        + String.join(", ", PARAMETERS) + ")");
            };
        } catch (NumberFormatException e) {
            throw new ConfigException(String.format(Locale.ROOT, "threshold %s: '%s' is not a number", parameter, value));
        }
    }

    /** The rate at or above which a window is hot for this baseline (null: none learned yet). */
    public double fireLine(Baseline baseline) {
        if (baseline == null) {
            return rateFloor;
        }
        return Math.min(1.0, baseline.mean() + Math.max(sigmas * baseline.deviation(), minIncrease));
    }

    /** Whether {@code events} of {@code requests} make a spike against {@code baseline} (null: none learned). */
    public boolean isHot(long events, long requests, Baseline baseline) {
        if (events < minEvents || requests == 0) {
            return false;
        }
        double rate = (double) events / requests;
        if (rate < fireLine(baseline)) {
            return false;
        }
        if (baseline == null) {
            return true;
        }
        double p = baseline.mean();
        double expected = requests * p;
        double standardError = Math.sqrt(requests * p * (1 - p) + 1.0);
        return (events - expected) / standardError >= sigmas;
    }
}
