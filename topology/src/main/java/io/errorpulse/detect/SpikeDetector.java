package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.TrafficCounts;
import io.errorpulse.state.WindowUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * The spike rule, per (store, app, class) and per (store, class). Judges the open window on every
 * update: it fires as soon as the window holds {@code minEvents} class events at a rate over the line
 * (the learned baseline plus a margin, or the static floor while no baseline is learned). When a window
 * closes (the first update of a later window), a quiet key learns the closed window's rate into its
 * baseline, and a firing key counts it as quiet when its rate stayed under the resolve line; after
 * {@code resolveWindows} quiet windows in a row (windows without any traffic count as quiet) the alert
 * resolves. Pure logic over a {@link StoreDetectorState}: the caller stores it and publishes.
 */
public final class SpikeDetector {

    private final DetectionSettings settings;
    private final AlertRecords records;
    private final long windowSizeMs;

    public SpikeDetector(DetectionSettings settings) {
        this.settings = settings;
        this.records = new AlertRecords(settings);
        this.windowSizeMs = settings.windowSize().toMillis();
    }

    /** The decisions for one update, and whether {@code state} changed. */
    public record Judgement(List<AlertEvent> events, boolean stateChanged) {
    }

    public Judgement judge(StoreDetectorState state, WindowUpdate update, WindowHistory history, long eventTimeMs,
                           long wallMs) {
        List<AlertEvent> events = new ArrayList<>();
        boolean changed = false;
        ClosedWindows closed = new ClosedWindows(update.store(), history);
        for (String app : update.changedApps()) {
            TrafficCounts counts = update.counts().app(app);
            if (counts != null) {
                changed |= judgeScope(state, update, app, counts, closed, eventTimeMs, wallMs, events);
            }
        }
        changed |= judgeScope(state, update, StoreDetectorState.STORE_SCOPE, update.counts().total(), closed,
                eventTimeMs, wallMs, events);
        return new Judgement(events, changed);
    }

    private boolean judgeScope(StoreDetectorState state, WindowUpdate update, String scope, TrafficCounts counts,
                               ClosedWindows closed, long eventTimeMs, long wallMs, List<AlertEvent> events) {
        boolean changed = false;
        String app = StoreDetectorState.STORE_SCOPE.equals(scope) ? null : scope;
        for (AlertClass alertClass : AlertClass.ALERTING) {
            ClassState st = state.get(scope, alertClass);
            long windowStart = update.windowStart();
            if (windowStart < st.windowStart) {
                continue; // a late partial of an older window: its baseline was learned already
            }
            if (windowStart > st.windowStart) {
                if (st.windowStart != ClassState.NO_WINDOW) {
                    roll(st, closed.counts(st.windowStart, app), alertClass, (windowStart - st.windowStart) / windowSizeMs - 1);
                }
                st.windowStart = windowStart;
                changed = true;
                if (st.firing && st.quietWindows >= settings.resolveWindows()) {
                    AlertKey key = AlertKey.spike(update.store(), app, alertClass);
                    events.add(new AlertEvent(AlertEvent.Kind.RESOLVE, key,
                            records.resolved(key, st, counts, windowStart, Math.max(st.startsAtMs, eventTimeMs))));
                    st.resolve();
                }
            }
            if (st.firing) {
                AlertKey key = AlertKey.spike(update.store(), app, alertClass);
                events.add(new AlertEvent(AlertEvent.Kind.STILL_FIRING, key,
                        records.firing(key, st, counts, windowStart, wallMs)));
            } else if (fireIfHot(st, update.store(), app, alertClass, counts, eventTimeMs)) {
                AlertKey key = AlertKey.spike(update.store(), app, alertClass);
                events.add(new AlertEvent(AlertEvent.Kind.FIRE, key, records.firing(key, st, counts, windowStart, wallMs)));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Fires a quiet key whose open window is hot; whether it fired. A window without events of the
     * class is never hot (every threshold wants at least one), so its thresholds are not looked up.
     */
    private boolean fireIfHot(ClassState st, String store, String app, AlertClass alertClass, TrafficCounts counts,
                              long eventTimeMs) {
        long classEvents = counts.alertClass(alertClass);
        if (classEvents == 0) {
            return false;
        }
        Thresholds thresholds = settings.thresholds(store, app, alertClass);
        Baseline baseline = st.baseline.windows() >= settings.baselineMinWindows() ? st.baseline : null;
        if (!thresholds.isHot(classEvents, counts.requests(), baseline)) {
            return false;
        }
        st.fire(eventTimeMs, thresholds.fireLine(baseline), baseline);
        return true;
    }

    private void roll(ClassState st, TrafficCounts closedCounts, AlertClass alertClass, long emptyWindows) {
        long requests = closedCounts == null ? 0 : closedCounts.requests();
        long events = closedCounts == null ? 0 : closedCounts.alertClass(alertClass);
        double rate = requests == 0 ? 0.0 : (double) events / requests;
        if (st.firing) {
            boolean quiet = requests == 0 || rate < st.resolveLine(settings.resolveFraction());
            st.quietWindows = (int) Math.min(Integer.MAX_VALUE, (quiet ? st.quietWindows + 1 : 0) + Math.max(0, emptyWindows));
        } else if (requests >= settings.baselineMinRequests()) {
            st.baseline = st.baseline.learn(rate, settings.baselineSpan());
        }
    }

    /** Reads each closed window of the store at most once per update. */
    private static final class ClosedWindows {
        private final String store;
        private final WindowHistory history;
        private long cachedStart = ClassState.NO_WINDOW;
        private StoreWindowCounts cached;

        ClosedWindows(String store, WindowHistory history) {
            this.store = store;
            this.history = history;
        }

        TrafficCounts counts(long windowStart, String app) {
            if (windowStart != cachedStart) {
                cached = history.counts(store, windowStart);
                cachedStart = windowStart;
            }
            if (cached == null) {
                return null;
            }
            return app == null ? cached.total() : cached.app(app);
        }
    }
}
