package io.errorpulse.topology;

import io.errorpulse.state.PartialKey;
import io.errorpulse.state.StoreWindowCounts;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Keeps each roll-up row (hourly by default) equal to the sum of its store's minute rows. A roll-up
 * window is rolled once it has closed (its end plus the grace period is behind stream time): every
 * store with minute rows in it gets its roll-up row written once, rather than at every partial. A
 * partial that still reaches a rolled window (another upstream task's, within its grace period) rolls
 * that store's window again. Rolling overwrites the row with the sum of the minute rows, so rolling
 * twice changes nothing; the last window rolled for every store is kept in a changelogged store, so
 * that a restart neither skips a window nor needs to know which ones an earlier release wrote.
 */
final class HourRollups {

    static final String ROLLED_THROUGH = "rolled-through";
    private static final long NOTHING_ROLLED = Long.MIN_VALUE;

    private final WindowAssigner rollup;
    private TimestampedWindowStore<String, StoreWindowCounts> minutes;
    private TimestampedWindowStore<String, StoreWindowCounts> rollups;
    private KeyValueStore<String, Long> progress;
    private long rolledThrough;

    HourRollups(WindowAssigner rollup) {
        this.rollup = rollup;
    }

    void init(TimestampedWindowStore<String, StoreWindowCounts> minutes,
              TimestampedWindowStore<String, StoreWindowCounts> rollups, KeyValueStore<String, Long> progress) {
        this.minutes = minutes;
        this.rollups = rollups;
        this.progress = progress;
        Long restored = progress.get(ROLLED_THROUGH);
        rolledThrough = restored == null ? NOTHING_ROLLED : restored;
    }

    /** To call after the minute row of {@code store} starting at {@code minuteStart} changed. */
    void minuteChanged(String store, long minuteStart, long streamTimeMs) {
        long window = rollup.windowStart(minuteStart);
        if (rolledThrough == NOTHING_ROLLED) {
            // nothing before the first window this task counts needs rolling
            remember(window - rollup.sizeMs());
        }
        if (window <= rolledThrough) {
            roll(store, window);
        }
        rollClosedWindows(streamTimeMs);
    }

    private void rollClosedWindows(long streamTimeMs) {
        long next = rolledThrough + rollup.sizeMs();
        if (!rollup.isLate(next, streamTimeMs)) {
            return;
        }
        long lastClosed = rollup.lastClosedWindowStart(streamTimeMs);
        // one scan over every closed window not rolled yet, however many (a leap in stream time skips empty ones)
        Set<PartialKey> toRoll = new HashSet<>();
        try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<StoreWindowCounts>> rows =
                     minutes.fetchAll(next, lastClosed + rollup.sizeMs() - 1)) {
            rows.forEachRemaining(row -> toRoll.add(new PartialKey(row.key.key(), rollup.windowStart(row.key.window().start()))));
        }
        for (PartialKey row : toRoll) {
            roll(row.store(), row.windowStart());
        }
        remember(lastClosed);
    }

    private void roll(String store, long window) {
        StoreWindowCounts sum = new StoreWindowCounts();
        long timestamp = NOTHING_ROLLED;
        try (WindowStoreIterator<ValueAndTimestamp<StoreWindowCounts>> rows =
                     minutes.fetch(store, window, window + rollup.sizeMs() - 1)) {
            while (rows.hasNext()) {
                ValueAndTimestamp<StoreWindowCounts> row = rows.next().value;
                if (row != null && row.value() != null) {
                    sum.merge(row.value());
                    timestamp = Math.max(timestamp, row.timestamp());
                }
            }
        }
        if (timestamp != NOTHING_ROLLED) {
            rollups.put(store, ValueAndTimestamp.make(sum, timestamp), window);
        }
    }

    private void remember(long window) {
        rolledThrough = window;
        progress.put(ROLLED_THROUGH, window);
    }
}
