package io.errorpulse.state;

import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * A key-value store that keeps the values put since the last commit as objects and writes each one to
 * the store it wraps once, when Kafka Streams flushes the store's cache before a commit, instead of
 * serialising it at every put: the key-value twin of {@link WriteBehindWindowStore}, with the same
 * guarantees. A store's detector state changes at every window it sees, several times a second while a
 * backlog is read; serialising it each time cost as much as judging it.
 *
 * <p>The thread that processes the task reads its own puts at once, by {@link #get} or after writing them
 * behind for any other read; other threads read the wrapped store, as of the last commit. A value put is
 * kept by reference: the caller changes one only to put it again. A delete reaches the wrapped store at once.
 */
public final class WriteBehindKeyValueStore<K, V> extends WriteBehindStore<KeyValueStore<K, V>, K, V, K, V>
        implements KeyValueStore<K, V> {

    /** Values waiting per store instance (one task's), at most: about as many as a task's state cache holds. */
    public static final int MAX_PENDING_VALUES = 1024;

    WriteBehindKeyValueStore(KeyValueStore<K, V> inner) {
        super(inner, MAX_PENDING_VALUES);
    }

    @Override
    void writeBehind(K key, V value) {
        wrapped().put(key, value);
    }

    /** {@code inner}'s stores, each wrapped: use it where {@code inner} would be added to the topology. */
    public static <K, V> StoreBuilder<KeyValueStore<K, V>> builder(StoreBuilder<KeyValueStore<K, V>> inner) {
        return new WrappingStoreBuilder<>(inner, WriteBehindKeyValueStore::new);
    }

    /** Values put and not yet written to the wrapped store. */
    int pendingValues() {
        return pending.size();
    }

    @Override
    public void put(K key, V value) {
        if (value == null) {
            delete(key);
            return;
        }
        pending.put(key, value);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        V existing = get(key);
        if (existing == null) {
            put(key, value);
        }
        return existing;
    }

    @Override
    public void putAll(List<KeyValue<K, V>> entries) {
        for (KeyValue<K, V> entry : entries) {
            put(entry.key, entry.value);
        }
    }

    @Override
    public V delete(K key) {
        V waiting = pending.get(key);
        pending.remove(key);
        V deleted = wrapped().delete(key);
        return waiting != null ? waiting : deleted;
    }

    @Override
    public V get(K key) {
        V value = pending.get(key);
        return value != null ? value : wrapped().get(key);
    }

    @Override
    public KeyValueIterator<K, V> range(K from, K to) {
        pending.writeIfOwner();
        return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(K from, K to) {
        pending.writeIfOwner();
        return wrapped().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<K, V> all() {
        pending.writeIfOwner();
        return wrapped().all();
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        pending.writeIfOwner();
        return wrapped().reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix, PS prefixKeySerializer) {
        pending.writeIfOwner();
        return wrapped().prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        pending.writeIfOwner();
        return wrapped().approximateNumEntries();
    }
}
