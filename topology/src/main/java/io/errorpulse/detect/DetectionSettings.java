package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import java.time.Duration;

/**
 * Everything the detector needs: thresholds (per class, overridable per store and app), the baseline's
 * span, the resolve hysteresis, the re-notify period and where alert links point.
 *
 * @param thresholds          the thresholds of each (store, app, class)
 * @param baselineSpan        windows an EWMA baseline weighs (its span)
 * @param baselineMinWindows  windows learned before the baseline replaces the static floor
 * @param baselineMinRequests fewest requests a closed window needs to be learned
 * @param resolveWindows      consecutive closed windows under the resolve line before an alert resolves
 * @param resolveFraction     the resolve line: baseline + this fraction of (fire line - baseline)
 * @param renotify            how often a firing alert is sent again
 * @param checkInterval       how often (wall clock) firing alerts are re-sent or resolved when silent
 * @param windowSize          the window the rule judges
 * @param restBaseUrl         base URL of this instance's REST API, for alert links
 * @param slo                 the 5xx burn-rate settings
 */
public record DetectionSettings(
        ThresholdOverrides thresholds,
        int baselineSpan,
        int baselineMinWindows,
        long baselineMinRequests,
        int resolveWindows,
        double resolveFraction,
        Duration renotify,
        Duration checkInterval,
        Duration windowSize,
        String restBaseUrl,
        SloSettings slo) {

    public static final Thresholds DEFAULT_THRESHOLDS = new Thresholds(10, 0.2, 6.0, 0.05);

    /** The defaults of every setting, for a window size and REST base URL. */
    public static DetectionSettings defaults(Duration windowSize, String restBaseUrl) {
        return new DetectionSettings(ThresholdOverrides.none(DEFAULT_THRESHOLDS), 30, 10, 10, 2, 0.5,
                Duration.ofMinutes(1), Duration.ofSeconds(5), windowSize, restBaseUrl, SloSettings.DEFAULT);
    }

    public Thresholds thresholds(String store, String app, AlertClass alertClass) {
        return thresholds.thresholds(store, app, alertClass);
    }

    /** Silence after which a firing alert resolves although no window closed: traffic stopped. */
    public Duration silence() {
        return windowSize.multipliedBy(resolveWindows + 1L);
    }

    /** How long a receiver may keep a firing alert open without a re-send. */
    public Duration firingValidity() {
        return renotify.multipliedBy(4);
    }

    public DetectionSettings withThresholds(ThresholdOverrides overrides) {
        return new DetectionSettings(overrides, baselineSpan, baselineMinWindows, baselineMinRequests, resolveWindows,
                resolveFraction, renotify, checkInterval, windowSize, restBaseUrl, slo);
    }
}
