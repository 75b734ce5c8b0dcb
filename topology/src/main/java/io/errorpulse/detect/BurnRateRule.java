package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.TrafficCounts;
import java.time.Instant;
import java.util.Optional;

/**
 * 5xx of a store as SLO error-budget burn, judged when a window closes: fires when the budget burns
 * {@value SloSettings#FAST_BURN}x over both the last hour and the last 5 minutes, or
 * {@value SloSettings#SLOW_BURN}x over both the last 6 hours and the last 30 minutes (window lengths
 * scaled from one-minute windows); resolves after {@code resolveWindows} closed windows meeting neither.
 */
public final class BurnRateRule {

    private final DetectionSettings settings;
    private final AlertRecords records;
    private final long windowMs;
    private final int fiveMinutes;
    private final int thirtyMinutes;
    private final int oneHour;
    private final int sixHours;

    public BurnRateRule(DetectionSettings settings) {
        this.settings = settings;
        this.records = new AlertRecords(settings);
        this.windowMs = settings.windowSize().toMillis();
        this.fiveMinutes = windows(5);
        this.thirtyMinutes = windows(30);
        this.oneHour = windows(60);
        this.sixHours = Math.min(SloHistory.SLOTS, windows(360));
    }

    private int windows(int minutes) {
        return (int) Math.max(1, minutes * 60_000L / windowMs);
    }

    /** Records the closed window {@code closedStart} of the store and judges; empty when nothing to publish. */
    public Optional<AlertEvent> onClosedWindow(SloHistory history, String store, long closedStart,
                                               StoreWindowCounts closed, long wallMs) {
        TrafficCounts total = closed == null ? new TrafficCounts() : closed.total();
        history.record(Math.floorDiv(closedStart, windowMs), total.requests(), total.alertClass(AlertClass.SERVER_ERROR));
        if (!settings.slo().enabled()) {
            return Optional.empty();
        }
        long[] short5 = history.sum(fiveMinutes);
        long[] short30 = history.sum(thirtyMinutes);
        boolean fast = burning(short5, SloSettings.FAST_BURN) && burning(history.sum(oneHour), SloSettings.FAST_BURN);
        boolean slow = burning(short30, SloSettings.SLOW_BURN) && burning(history.sum(sixHours), SloSettings.SLOW_BURN);
        long[] evidence = fast ? short5 : short30;
        int evidenceWindows = fast ? fiveMinutes : thirtyMinutes;
        long evidenceStart = closedStart - (evidenceWindows - 1) * windowMs;
        AlertKey key = AlertKey.burnRate(store);
        long closedEnd = closedStart + windowMs;
        if (!history.firing && (fast || slow)) {
            history.firing = true;
            history.startsAtMs = closedEnd;
            history.quietWindows = 0;
            return Optional.of(new AlertEvent(AlertEvent.Kind.FIRE, key, records.burnRate(key, true, history.startsAtMs,
                    Instant.ofEpochMilli(wallMs).plus(settings.firingValidity()), evidence[1], evidence[0], total,
                    evidenceStart, evidenceWindows * windowMs)));
        }
        if (history.firing) {
            history.quietWindows = fast || slow ? 0 : history.quietWindows + 1;
            if (history.quietWindows >= settings.resolveWindows()) {
                history.firing = false;
                return Optional.of(new AlertEvent(AlertEvent.Kind.RESOLVE, key, records.burnRate(key, false,
                        history.startsAtMs, Instant.ofEpochMilli(Math.max(closedEnd, history.startsAtMs)), short5[1],
                        short5[0], total, closedStart - (fiveMinutes - 1) * windowMs, fiveMinutes * windowMs)));
            }
            return Optional.of(new AlertEvent(AlertEvent.Kind.STILL_FIRING, key, records.burnRate(key, true,
                    history.startsAtMs, Instant.ofEpochMilli(wallMs).plus(settings.firingValidity()), evidence[1],
                    evidence[0], total, evidenceStart, evidenceWindows * windowMs)));
        }
        return Optional.empty();
    }

    private boolean burning(long[] requestsAndErrors, double burn) {
        long requests = requestsAndErrors[0];
        long errors = requestsAndErrors[1];
        return requests > 0 && errors >= settings.slo().minEvents()
                && (double) errors / requests >= burn * settings.slo().budget();
    }
}
