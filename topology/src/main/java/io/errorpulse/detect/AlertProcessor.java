package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.TrafficCounts;
import java.util.Map;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Judges every update of a store-window, per app and for the store over all apps, for each alert
 * class, and forwards alert transitions keyed by fingerprint. Decisions use the record's event time,
 * so a replay decides as the live run did.
 */
public final class AlertProcessor implements Processor<Windowed<String>, StoreWindowCounts, String, AlertRecord> {

    private final String stateStoreName;
    private final SpikeRule rule;
    private final AlertRecords records;
    private ProcessorContext<String, AlertRecord> context;
    private KeyValueStore<String, AlertState> states;

    public AlertProcessor(String stateStoreName, DetectionSettings settings) {
        this.stateStoreName = stateStoreName;
        this.rule = new SpikeRule(settings);
        this.records = new AlertRecords(settings);
    }

    @Override
    public void init(ProcessorContext<String, AlertRecord> context) {
        this.context = context;
        this.states = context.getStateStore(stateStoreName);
    }

    @Override
    public void process(Record<Windowed<String>, StoreWindowCounts> update) {
        if (update.value() == null) {
            return;
        }
        String store = update.key().key();
        long windowStart = update.key().window().start();
        for (Map.Entry<String, TrafficCounts> app : update.value().apps().entrySet()) {
            judge(store, app.getKey(), app.getValue(), windowStart, update.timestamp());
        }
        judge(store, null, update.value().total(), windowStart, update.timestamp());
    }

    private void judge(String store, String app, TrafficCounts counts, long windowStart, long nowMs) {
        for (AlertClass alertClass : AlertClass.ALERTING) {
            AlertRecords.AlertKey key = new AlertRecords.AlertKey(store, app, alertClass);
            String stateKey = key.storeKey();
            AlertState state = states.get(stateKey);
            SpikeRule.Decision decision = rule.judge(state, counts, alertClass, windowStart, nowMs);
            switch (decision.verdict()) {
                case FIRE, RENOTIFY -> emit(key.fingerprint(), records.firing(key, decision.next(), counts, windowStart), nowMs);
                case RESOLVE -> emit(key.fingerprint(), records.resolved(key, state.startsAtMs(), nowMs, counts, windowStart), nowMs);
                case NONE -> { }
            }
            if (decision.next() == null) {
                if (state != null) {
                    states.delete(stateKey);
                }
            } else if (!decision.next().equals(state)) {
                states.put(stateKey, decision.next());
            }
        }
    }

    private void emit(String fingerprint, AlertRecord alert, long timestamp) {
        context.forward(new Record<>(fingerprint, alert, timestamp));
    }
}
