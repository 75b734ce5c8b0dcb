package io.errorpulse.detect;

/**
 * What the detector remembers of one (store, app, class): the window it last saw, the learned
 * baseline, and, while the alert fires, when it started, the line it crossed and its quiet windows.
 */
final class ClassState {

    static final long NO_WINDOW = Long.MIN_VALUE;

    long windowStart = NO_WINDOW;
    Baseline baseline = Baseline.EMPTY;
    boolean firing;
    long startsAtMs;
    double fireLine;
    double firedMean;
    double firedDeviation;
    int quietWindows;

    /** The resolve line: below it a closed window counts as quiet. */
    double resolveLine(double fraction) {
        return firedMean + fraction * (fireLine - firedMean);
    }

    void fire(long atMs, double line, Baseline learned) {
        firing = true;
        startsAtMs = atMs;
        fireLine = line;
        firedMean = learned == null ? 0.0 : learned.mean();
        firedDeviation = learned == null ? 0.0 : learned.deviation();
        quietWindows = 0;
    }

    void resolve() {
        firing = false;
        quietWindows = 0;
    }
}
