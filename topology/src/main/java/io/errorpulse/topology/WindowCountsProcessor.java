package io.errorpulse.topology;

import io.errorpulse.state.PartialKey;
import io.errorpulse.state.RowCache;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.WindowPartial;
import io.errorpulse.state.WindowUpdate;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Merges each partial of a store into its one-minute row and its roll-up row (one row per store and
 * window, holding the per-app vector), then forwards the updated minute row to detection. Lateness was
 * already decided before the repartition, where stream time is not skewed by interleaved partitions.
 * The rows last merged stay deserialized in a {@link RowCache}: a store's row is updated by every
 * upstream task's flush, and reading it back each time cost more than the merge.
 */
public final class WindowCountsProcessor implements Processor<String, WindowPartial, String, WindowUpdate> {

    /** Rows kept deserialized per store kind and task: the recent windows of the busiest stores. */
    static final int ROWS_CACHED = 1024;

    private final String minuteStoreName;
    private final String rollupStoreName;
    private final WindowAssigner rollup;
    private ProcessorContext<String, WindowUpdate> context;
    private TimestampedWindowStore<String, StoreWindowCounts> minutes;
    private TimestampedWindowStore<String, StoreWindowCounts> rollups;
    private final RowCache<PartialKey, ValueAndTimestamp<StoreWindowCounts>> minuteRows = new RowCache<>(ROWS_CACHED);
    private final RowCache<PartialKey, ValueAndTimestamp<StoreWindowCounts>> rollupRows = new RowCache<>(ROWS_CACHED);

    public WindowCountsProcessor(String minuteStoreName, String rollupStoreName, WindowAssigner rollup) {
        this.minuteStoreName = minuteStoreName;
        this.rollupStoreName = rollupStoreName;
        this.rollup = rollup;
    }

    @Override
    public void init(ProcessorContext<String, WindowUpdate> context) {
        this.context = context;
        this.minutes = context.getStateStore(minuteStoreName);
        this.rollups = context.getStateStore(rollupStoreName);
        minuteRows.clear(); // a revived task starts again from its restored stores
        rollupRows.clear();
    }

    @Override
    public void process(Record<String, WindowPartial> record) {
        WindowPartial partial = record.value();
        if (record.key() == null || partial == null) {
            return;
        }
        StoreWindowCounts minute = merge(minutes, minuteRows, record.key(), partial.windowStart(), partial);
        merge(rollups, rollupRows, record.key(), rollup.windowStart(partial.windowStart()), partial);
        context.forward(record.withValue(new WindowUpdate(record.key(), partial.windowStart(), minute,
                partial.counts().apps().keySet())));
    }

    private static StoreWindowCounts merge(TimestampedWindowStore<String, StoreWindowCounts> store,
                                           RowCache<PartialKey, ValueAndTimestamp<StoreWindowCounts>> rows, String key,
                                           long windowStart, WindowPartial partial) {
        PartialKey row = new PartialKey(key, windowStart);
        ValueAndTimestamp<StoreWindowCounts> existing = rows.get(row, k -> store.fetch(k.store(), k.windowStart()));
        StoreWindowCounts merged;
        long timestamp = partial.maxEventTimeMs();
        if (existing == null || existing.value() == null) {
            merged = partial.counts().copy();
        } else {
            merged = existing.value().merge(partial.counts());
            timestamp = Math.max(timestamp, existing.timestamp());
        }
        ValueAndTimestamp<StoreWindowCounts> written = ValueAndTimestamp.make(merged, timestamp);
        store.put(key, written, windowStart);
        rows.written(row, written);
        return merged;
    }
}
