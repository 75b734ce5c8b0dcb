package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.metrics.PipelineMetrics;
import io.errorpulse.state.AppPartial;
import io.errorpulse.state.PartialAppKey;
import io.errorpulse.state.PartialKey;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.WindowPartial;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Combines the requests of one task into partial counts per (store, window) before the repartition,
 * and forwards them, keyed by store, on a wall-clock punctuation. The partials live in a changelogged
 * store written on every request, one row per (store, window, app) so that a request rewrites only its
 * own app's counts, so that a commit covers exactly the requests whose offsets it
 * commits: a crash neither loses nor doubles a count. A heap mirror of that store spares a read per
 * request. Requests later than their window's grace period are counted as late (metric and a
 * per-store counter), never silently dropped.
 */
public final class StorePartialsProcessor<K> implements Processor<K, ClassifiedRequest, String, WindowPartial> {

    private final String partialsStoreName;
    private final String lateStoreName;
    private final WindowAssigner windows;
    private final Duration flushInterval;
    private final Map<PartialKey, WindowPartial> pending = new HashMap<>();
    private final Counter lateCounter = PipelineMetrics.lateRecords();
    private ProcessorContext<String, WindowPartial> context;
    private KeyValueStore<PartialAppKey, AppPartial> partials;
    private KeyValueStore<String, Long> late;

    public StorePartialsProcessor(String partialsStoreName, String lateStoreName, WindowAssigner windows,
                                  Duration flushInterval) {
        this.partialsStoreName = partialsStoreName;
        this.lateStoreName = lateStoreName;
        this.windows = windows;
        this.flushInterval = flushInterval;
    }

    @Override
    public void init(ProcessorContext<String, WindowPartial> context) {
        this.context = context;
        this.partials = context.getStateStore(partialsStoreName);
        this.late = context.getStateStore(lateStoreName);
        pending.clear(); // a revived task (after an aborted transaction) starts again from its restored store
        try (KeyValueIterator<PartialAppKey, AppPartial> restored = partials.all()) {
            restored.forEachRemaining(kv -> restore(kv.key, kv.value));
        }
        context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<K, ClassifiedRequest> record) {
        AccessRecord access = record.value().record();
        long eventTime = record.timestamp();
        if (windows.isLate(eventTime, context.currentStreamTimeMs())) {
            countLate(access.store());
            return;
        }
        PartialKey key = new PartialKey(access.store(), windows.windowStart(eventTime));
        WindowPartial partial = pending.get(key);
        if (partial == null) {
            partial = new WindowPartial(key.windowStart(), eventTime, new StoreWindowCounts());
        } else if (eventTime > partial.maxEventTimeMs()) {
            partial = new WindowPartial(key.windowStart(), eventTime, partial.counts());
        }
        String row = partial.counts().countedAs(access.app());
        partial.counts().add(access.app(), access.status(), record.value().error());
        pending.put(key, partial);
        partials.put(new PartialAppKey(key.store(), key.windowStart(), row),
                new AppPartial(partial.maxEventTimeMs(), partial.counts().app(row)));
    }

    /** Rebuilds a pending partial from its changelogged app rows. */
    private void restore(PartialAppKey row, AppPartial app) {
        PartialKey key = row.partialKey();
        WindowPartial partial = pending.get(key);
        long maxEventTime = partial == null ? app.maxEventTimeMs() : Math.max(partial.maxEventTimeMs(), app.maxEventTimeMs());
        StoreWindowCounts counts = partial == null ? new StoreWindowCounts() : partial.counts();
        counts.addRow(row.app(), app.counts()); // as written: a restored row keeps its name, so the flush deletes it
        pending.put(key, new WindowPartial(key.windowStart(), maxEventTime, counts));
    }

    /** Forwards every pending partial and forgets it, in the same transaction as the forward. */
    void flush() {
        for (Map.Entry<PartialKey, WindowPartial> entry : pending.entrySet()) {
            WindowPartial partial = entry.getValue();
            context.forward(new Record<>(entry.getKey().store(), partial, partial.maxEventTimeMs()));
            for (String app : partial.counts().apps().keySet()) {
                partials.delete(new PartialAppKey(entry.getKey().store(), entry.getKey().windowStart(), app));
            }
        }
        pending.clear();
    }

    @Override
    public void close() {
        pending.clear();
    }

    private void countLate(String store) {
        lateCounter.increment();
        Long count = late.get(store);
        late.put(store, count == null ? 1L : count + 1);
    }
}
