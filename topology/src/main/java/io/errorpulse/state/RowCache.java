package io.errorpulse.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The deserialized form of the rows a processor read or wrote last, so that the next update of the
 * same row skips reading and deserializing it again. Only a copy of the store: every change is still
 * written to the store (and its changelog) as before. A processor clears it in {@code init}, where a
 * task revived after an aborted transaction starts again from its restored stores.
 *
 * @param <K> the row's key
 * @param <V> the row, mutable and owned by the processor between a read and its write
 */
public final class RowCache<K, V> {

    private final Map<K, V> rows;

    public RowCache(int maxRows) {
        this.rows = new LinkedHashMap<>(Math.min(maxRows, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxRows;
            }
        };
    }

    /** The cached row, else {@code load}'s answer (cached unless null). */
    public V get(K key, Function<K, V> load) {
        V row = rows.get(key);
        if (row == null) {
            row = load.apply(key);
            if (row != null) {
                rows.put(key, row);
            }
        }
        return row;
    }

    /** Records the row as just written to the store. */
    public void written(K key, V row) {
        rows.put(key, row);
    }

    /** Records the row as just deleted from the store. */
    public void deleted(K key) {
        rows.remove(key);
    }

    public void clear() {
        rows.clear();
    }

    public int size() {
        return rows.size();
    }
}
