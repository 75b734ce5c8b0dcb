package io.errorpulse.detect;

/**
 * The learned rate of one (store, app, class): an exponentially weighted mean of the closed windows'
 * rates and of their squared deviation. Early on it is a plain running mean; a window far above the
 * mean is clipped before it is learned, so that a slow ramp cannot drag the baseline up with it.
 *
 * @param mean     the weighted mean rate
 * @param variance the weighted variance of the rate
 * @param windows  how many windows were learned
 */
public record Baseline(double mean, double variance, int windows) {

    public static final Baseline EMPTY = new Baseline(0.0, 0.0, 0);
    /** A window's rate is clipped at mean + CLIP deviations (at least {@link #CLIP_FLOOR} above it). */
    private static final double CLIP = 1.0;
    private static final double CLIP_FLOOR = 0.01;

    public double deviation() {
        return Math.sqrt(variance);
    }

    /** This baseline after learning one more window's {@code rate}, weighting like an EWMA of {@code span}. */
    public Baseline learn(double rate, int span) {
        if (windows == 0) {
            return new Baseline(rate, 0.0, 1);
        }
        double clipped = Math.min(rate, mean + Math.max(CLIP * deviation(), CLIP_FLOOR));
        double alpha = Math.max(2.0 / (span + 1), 1.0 / (windows + 1));
        double diff = clipped - mean;
        double nextMean = mean + alpha * diff;
        double nextVariance = (1 - alpha) * (variance + alpha * diff * diff);
        return new Baseline(nextMean, nextVariance, Math.min(windows + 1, 1_000_000));
    }
}
