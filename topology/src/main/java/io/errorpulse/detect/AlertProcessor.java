package io.errorpulse.detect;

import io.errorpulse.metrics.PipelineMetrics;
import io.errorpulse.state.RowCache;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.WindowUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Runs the {@link SpikeDetector} and the {@link BurnRateRule} on every store-window update and
 * publishes alert transitions keyed by fingerprint. A wall-clock check re-sends firing alerts every
 * {@code renotify} and resolves those whose key fell silent (traffic stopped, so no window closes).
 * The detector states of the stores updated last stay deserialized in a {@link RowCache}.
 *
 * <p>An alert reaches {@code error-alerts} with the commit of its transaction: within
 * {@link #ALERT_COMMIT_DELAY} of its publication this processor asks for that commit, instead of waiting for
 * the commit interval. Asking at most that often bounds the commits an alert storm can cause.
 */
public final class AlertProcessor implements Processor<String, WindowUpdate, String, AlertRecord> {

    /** The names of the stores this processor uses. */
    public record Stores(String detectorState, String activeAlerts, String sloHistory, String minuteCounts) {
    }

    /** Detector states kept deserialized per task. */
    static final int STATES_CACHED = 1024;

    /** How soon after an alert is published a commit is asked for, at most. */
    static final Duration ALERT_COMMIT_DELAY = Duration.ofMillis(100);

    private final Stores storeNames;
    private final DetectionSettings settings;
    private final SpikeDetector detector;
    private final BurnRateRule burnRate;
    private final AlertRecords records;
    private ProcessorContext<String, AlertRecord> context;
    private KeyValueStore<String, StoreDetectorState> states;
    private final RowCache<String, StoreDetectorState> stateRows = new RowCache<>(STATES_CACHED);
    private KeyValueStore<String, ActiveAlert> active;
    private KeyValueStore<String, SloHistory> slo;
    private TimestampedWindowStore<String, StoreWindowCounts> minutes;
    /** Whether alerts were published since a commit was last asked for. */
    private boolean uncommittedAlerts;

    public AlertProcessor(Stores storeNames, DetectionSettings settings) {
        this.storeNames = storeNames;
        this.settings = settings;
        this.detector = new SpikeDetector(settings);
        this.burnRate = new BurnRateRule(settings);
        this.records = new AlertRecords(settings);
    }

    @Override
    public void init(ProcessorContext<String, AlertRecord> context) {
        this.context = context;
        this.states = context.getStateStore(storeNames.detectorState());
        this.active = context.getStateStore(storeNames.activeAlerts());
        this.slo = context.getStateStore(storeNames.sloHistory());
        this.minutes = context.getStateStore(storeNames.minuteCounts());
        stateRows.clear(); // a revived task starts again from its restored stores
        context.schedule(settings.checkInterval(), PunctuationType.WALL_CLOCK_TIME, this::check);
        uncommittedAlerts = false;
        context.schedule(ALERT_COMMIT_DELAY, PunctuationType.WALL_CLOCK_TIME, now -> commitPublishedAlerts());
    }

    /** Asks for a commit if alerts were published since the last time it asked. */
    private void commitPublishedAlerts() {
        if (uncommittedAlerts) {
            context.commit();
            uncommittedAlerts = false;
        }
    }

    @Override
    public void process(Record<String, WindowUpdate> record) {
        WindowUpdate update = record.value();
        if (update == null) {
            return;
        }
        long wallMs = context.currentSystemTimeMs();
        String store = update.store();
        StoreDetectorState state = stateRows.get(store, states::get);
        boolean changed = false;
        if (state == null) {
            state = new StoreDetectorState();
            changed = true;
        }
        SpikeDetector.Judgement judgement = detector.judge(state, update, this::windowCounts, record.timestamp(), wallMs);
        changed |= judgement.stateChanged();
        for (AlertEvent event : judgement.events()) {
            handle(event, record.timestamp(), wallMs);
        }
        if (update.windowStart() > state.sloWindowStart) {
            if (state.sloWindowStart != ClassState.NO_WINDOW) {
                SloHistory history = slo.get(store);
                history = history == null ? new SloHistory() : history;
                burnRate.onClosedWindow(history, store, state.sloWindowStart, windowCounts(store, state.sloWindowStart),
                        wallMs).ifPresent(event -> handle(event, record.timestamp(), wallMs));
                slo.put(store, history);
            }
            state.sloWindowStart = update.windowStart();
            changed = true;
        }
        if (changed) {
            putState(store, state);
        }
    }

    private StoreWindowCounts windowCounts(String store, long windowStart) {
        ValueAndTimestamp<StoreWindowCounts> row = minutes.fetch(store, windowStart);
        return row == null ? null : row.value();
    }

    private void handle(AlertEvent event, long timestamp, long wallMs) {
        String key = event.key().storeKey();
        switch (event.kind()) {
            case FIRE -> {
                publish(event.record(), timestamp);
                active.put(key, new ActiveAlert(event.record(), wallMs, wallMs));
            }
            case STILL_FIRING -> {
                ActiveAlert known = active.get(key);
                active.put(key, new ActiveAlert(event.record(), wallMs, known == null ? wallMs : known.lastSentWallMs()));
            }
            case RESOLVE -> {
                publish(event.record(), timestamp);
                active.delete(key);
            }
        }
    }

    /** Re-sends firing alerts that are due, and resolves those whose key fell silent. */
    void check(long wallMs) {
        List<KeyValue<String, ActiveAlert>> due = new ArrayList<>();
        try (KeyValueIterator<String, ActiveAlert> all = active.all()) {
            all.forEachRemaining(kv -> {
                if (kv.value.due(wallMs, settings) != ActiveAlert.Due.NOTHING) {
                    due.add(kv);
                }
            });
        }
        for (KeyValue<String, ActiveAlert> kv : due) {
            ActiveAlert alert = kv.value;
            if (alert.due(wallMs, settings) == ActiveAlert.Due.RESOLVE_SILENT) {
                publish(AlertRecords.silenced(alert.record(), wallMs), wallMs);
                active.delete(kv.key);
                forget(alert.key());
            } else {
                AlertRecord again = records.renotified(alert.record(), wallMs);
                publish(again, wallMs);
                active.put(kv.key, new ActiveAlert(again, alert.lastSeenWallMs(), wallMs));
            }
        }
    }

    /** Clears the firing state of an alert resolved by silence, so that the next spike fires anew. */
    private void forget(AlertKey key) {
        if (AlertKey.BURN_RATE_ALERT.equals(key.alertName())) {
            SloHistory history = slo.get(key.store());
            if (history != null && history.firing) {
                history.firing = false;
                history.quietWindows = 0;
                slo.put(key.store(), history);
            }
            return;
        }
        StoreDetectorState state = stateRows.get(key.store(), states::get);
        if (state == null) {
            return;
        }
        ClassState classState = state.peek(key.app() == null ? StoreDetectorState.STORE_SCOPE : key.app(), key.alertClass());
        if (classState != null && classState.firing) {
            classState.resolve();
            putState(key.store(), state);
        }
    }

    private void putState(String store, StoreDetectorState state) {
        states.put(store, state);
        stateRows.written(store, state);
    }

    private void publish(AlertRecord alert, long timestamp) {
        PipelineMetrics.alerts(alert.labels().get("alert_class"), alert.status()).increment();
        context.forward(new Record<>(alert.fingerprint(), alert, timestamp));
        uncommittedAlerts = true;
    }
}
