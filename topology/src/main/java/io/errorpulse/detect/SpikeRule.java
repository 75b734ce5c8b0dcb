package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.TrafficCounts;

/**
 * The spike rule of one (store, app, class): fire the moment the open window holds at least
 * {@code minEvents} class events at a rate at or above the floor; while firing, re-send every
 * {@code renotify}; resolve once {@code resolveWindows} consecutive windows stayed under half the floor.
 */
public final class SpikeRule {

    /** What the rule decided for one window update. */
    public enum Verdict { NONE, FIRE, RENOTIFY, RESOLVE }

    /** The decision and the state to keep (null: forget the alert). */
    public record Decision(Verdict verdict, AlertState next) {
    }

    private final DetectionSettings settings;

    public SpikeRule(DetectionSettings settings) {
        this.settings = settings;
    }

    public Decision judge(AlertState state, TrafficCounts counts, AlertClass alertClass, long windowStart, long nowMs) {
        long events = counts.alertClass(alertClass);
        double rate = counts.requests() == 0 ? 0.0 : (double) events / counts.requests();
        boolean hot = events >= settings.minEvents() && rate >= settings.rateFloor();
        boolean quiet = rate < settings.rateFloor() / 2;
        if (state == null) {
            return hot
                    ? new Decision(Verdict.FIRE, new AlertState(nowMs, nowMs, windowStart, 0, false))
                    : new Decision(Verdict.NONE, null);
        }
        if (windowStart < state.lastWindowStart()) {
            return new Decision(Verdict.NONE, state); // an update of an older window changes nothing
        }
        int quietWindows = state.quietWindows();
        if (windowStart > state.lastWindowStart()) {
            long size = settings.windowSize().toMillis();
            long skipped = (windowStart - state.lastWindowStart()) / size - 1; // windows with no traffic at all
            quietWindows = state.currentQuiet() ? quietWindows + 1 + (int) skipped : (int) skipped;
        }
        if (quietWindows >= settings.resolveWindows()) {
            return new Decision(Verdict.RESOLVE, null);
        }
        boolean renotify = hot && nowMs - state.lastSentMs() >= settings.renotify().toMillis();
        AlertState next = new AlertState(state.startsAtMs(), renotify ? nowMs : state.lastSentMs(), windowStart,
                quietWindows, quiet);
        return new Decision(renotify ? Verdict.RENOTIFY : Verdict.NONE, next);
    }
}
