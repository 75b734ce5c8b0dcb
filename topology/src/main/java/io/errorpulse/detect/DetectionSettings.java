package io.errorpulse.detect;

import java.time.Duration;

/**
 * The thresholds of the spike rule.
 *
 * @param minEvents      fewest class events in a window that can fire
 * @param rateFloor      class rate at or above which a window fires
 * @param resolveWindows consecutive quiet windows before a firing alert resolves
 * @param renotify       how often a firing alert is re-sent
 * @param windowSize     the window the rule judges
 * @param restBaseUrl    base URL of this instance's REST API, for alert links
 */
public record DetectionSettings(
        int minEvents, double rateFloor, int resolveWindows, Duration renotify, Duration windowSize, String restBaseUrl) {
}
