package io.errorpulse.detect;

/**
 * 5xx judged as SLO burn rate per store (the SRE workbook's multiwindow, multi-burn-rate alert): page
 * when the error budget of {@code objective} burns {@value #FAST_BURN}x over both 1 h and 5 min, or
 * {@value #SLOW_BURN}x over both 6 h and 30 min.
 *
 * @param enabled   whether burn-rate alerts are raised
 * @param objective the availability objective, e.g. 0.999 (error budget 0.001)
 * @param minEvents fewest 5xx in the short window that can fire
 */
public record SloSettings(boolean enabled, double objective, long minEvents) {

    public static final double FAST_BURN = 14.4;
    public static final double SLOW_BURN = 6.0;
    public static final SloSettings DEFAULT = new SloSettings(true, 0.999, 20);

    public double budget() {
        return 1.0 - objective;
    }
}
