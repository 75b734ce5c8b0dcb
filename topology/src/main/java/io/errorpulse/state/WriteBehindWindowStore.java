package io.errorpulse.state;

import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * A timestamped window store that keeps the rows put since the last commit as objects and writes each
 * one to the store it wraps once, when Kafka Streams flushes the store's cache before a commit, instead of
 * serialising it at every put. A store's row is updated by every partial of every upstream task (a
 * minute row several times a second, an hour row hundreds of times an hour); serialising the whole row
 * each time was the largest cost of counting.
 *
 * <p>Nothing is lost or seen early: the rows reach the wrapped store (its record cache, changelog and
 * RocksDB) before the transaction that commits their input, and are dropped with it when a task is
 * closed without committing. The thread that processes the task sees its own puts at once, by a point
 * fetch or after writing them behind for any other read; other threads (interactive queries) read the
 * wrapped store, as of the last commit. At most {@link #MAX_PENDING_ROWS} rows wait: past that the row
 * left alone longest (a window that has moved on, as a rule) is written.
 *
 * <p>A value put is kept by reference and serialised as it is at the flush, so a change made to it after
 * its {@code put} is written too: the caller owns its rows and changes one only to put it again.
 *
 * <p>When rows are written or dropped is {@link WriteBehindStore}'s, shared with the key-value twin. The
 * {@code Instant} reads are {@link org.apache.kafka.streams.state.WindowStore}'s defaults, which call
 * the {@code long} ones overridden here.
 */
public final class WriteBehindWindowStore<K, V>
        extends WriteBehindStore<TimestampedWindowStore<K, V>, K, ValueAndTimestamp<V>, WriteBehindWindowStore.Row<K>, ValueAndTimestamp<V>>
        implements TimestampedWindowStore<K, V> {

    /** Rows waiting per store instance (one task's), at most: about as many as a task's row cache holds. */
    public static final int MAX_PENDING_ROWS = 1024;

    /** A row of the store: a key in a window. */
    record Row<K>(K key, long windowStart) {
    }

    WriteBehindWindowStore(TimestampedWindowStore<K, V> inner) {
        super(inner, MAX_PENDING_ROWS);
    }

    @Override
    void writeBehind(Row<K> row, ValueAndTimestamp<V> value) {
        wrapped().put(row.key(), value, row.windowStart());
    }

    /** {@code inner}'s stores, each wrapped: use it where {@code inner} would be added to the topology. */
    public static <K, V> StoreBuilder<TimestampedWindowStore<K, V>> builder(StoreBuilder<TimestampedWindowStore<K, V>> inner) {
        return new WrappingStoreBuilder<>(inner, WriteBehindWindowStore::new);
    }

    /** Rows put and not yet written to the wrapped store. */
    int pendingRows() {
        return pending.size();
    }

    @Override
    public void put(K key, ValueAndTimestamp<V> value, long windowStart) {
        if (value == null) {
            pending.remove(new Row<>(key, windowStart));
            wrapped().put(key, null, windowStart);
            return;
        }
        pending.put(new Row<>(key, windowStart), value);
    }

    @Override
    public ValueAndTimestamp<V> fetch(K key, long time) {
        ValueAndTimestamp<V> row = pending.get(new Row<>(key, time));
        return row != null ? row : wrapped().fetch(key, time);
    }

    @Override
    public WindowStoreIterator<ValueAndTimestamp<V>> fetch(K key, long timeFrom, long timeTo) {
        pending.writeIfOwner();
        return wrapped().fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<ValueAndTimestamp<V>> backwardFetch(K key, long timeFrom, long timeTo) {
        pending.writeIfOwner();
        return wrapped().backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> fetch(K keyFrom, K keyTo, long timeFrom, long timeTo) {
        pending.writeIfOwner();
        return wrapped().fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> backwardFetch(K keyFrom, K keyTo, long timeFrom, long timeTo) {
        pending.writeIfOwner();
        return wrapped().backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> all() {
        pending.writeIfOwner();
        return wrapped().all();
    }

    @Override
    public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> backwardAll() {
        pending.writeIfOwner();
        return wrapped().backwardAll();
    }

    @Override
    public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> fetchAll(long timeFrom, long timeTo) {
        pending.writeIfOwner();
        return wrapped().fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<K>, ValueAndTimestamp<V>> backwardFetchAll(long timeFrom, long timeTo) {
        pending.writeIfOwner();
        return wrapped().backwardFetchAll(timeFrom, timeTo);
    }
}
