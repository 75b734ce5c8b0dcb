package io.errorpulse.traffic.scenario;

import io.errorpulse.traffic.StormKind;

/**
 * A storm injected into a scenario.
 *
 * @param shape          how it develops
 * @param kind           which alert class it raises
 * @param store          the store it hits
 * @param app            the app it hits (every storm of a scenario hits one app)
 * @param startMs        when it starts (event time)
 * @param durationMs     how long it lasts
 * @param failingShare   BURST and RAMP: share of the app's requests that fail (RAMP: at the end)
 * @param extraPerMinute LOW_VOLUME: failing requests added per minute
 */
public record ScenarioStorm(StormShape shape, StormKind kind, String store, String app, long startMs, long durationMs,
                            double failingShare, double extraPerMinute) {

    public long endMs() {
        return startMs + durationMs;
    }

    public boolean activeAt(long timeMs) {
        return timeMs >= startMs && timeMs < endMs();
    }

    /** The share of the app's requests failing at {@code timeMs}. */
    double shareAt(long timeMs) {
        if (!activeAt(timeMs)) {
            return 0.0;
        }
        return shape == StormShape.RAMP ? failingShare * (timeMs - startMs + 60_000.0) / durationMs : failingShare;
    }

    /** Failing requests added on top of the app's traffic in the minute starting at {@code timeMs}. */
    double extraAt(long timeMs) {
        return activeAt(timeMs) && shape == StormShape.LOW_VOLUME ? extraPerMinute : 0.0;
    }

    @Override
    public String toString() {
        return shape + " " + kind + " on store " + store + " app " + app;
    }
}
