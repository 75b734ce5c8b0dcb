package io.errorpulse.state;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The values a write-behind store was given since its last commit, kept as objects and handed to the
 * store beneath once, before the commit. Only the thread that put them sees them: the stream thread
 * that processes the task (a task recycled onto another thread keeps its stores open, so the owner is
 * whoever put last). At most {@code maxPending} wait: past that, the value left alone longest (a window
 * or a store that has moved on, as a rule) is written at once.
 *
 * @param <K> the key of a value in the store (a window store's key and window together)
 * @param <V> the value, kept by reference: a change made to it after its put is written too
 */
final class PendingWrites<K, V> {

    /** In access order: the eldest is the value left alone longest, the first to write when too many wait. */
    private final LinkedHashMap<K, V> pending = new LinkedHashMap<>(64, 0.75f, true);
    private final int maxPending;
    private final BiConsumer<K, V> writer;
    private volatile Thread owner;

    /** @param writer writes one value to the store beneath */
    PendingWrites(int maxPending, BiConsumer<K, V> writer) {
        this.maxPending = maxPending;
        this.writer = writer;
    }

    /** The store was (re)opened by the current thread: nothing waits. */
    void open() {
        pending.clear();
        owner = Thread.currentThread();
    }

    void put(K key, V value) {
        Thread current = Thread.currentThread();
        if (owner != current) { // written only when it changes: this runs at every put
            owner = current;
        }
        pending.put(key, value);
        if (pending.size() > maxPending) {
            Iterator<Map.Entry<K, V>> eldest = pending.entrySet().iterator();
            Map.Entry<K, V> entry = eldest.next();
            writer.accept(entry.getKey(), entry.getValue());
            eldest.remove();
        }
    }

    /** The value waiting under {@code key} if the current thread put it, else null. */
    V get(K key) {
        return Thread.currentThread() == owner ? pending.get(key) : null;
    }

    /** Forgets the value waiting under {@code key}, if any (it was deleted from the store beneath). */
    void remove(K key) {
        pending.remove(key);
    }

    /** Before a read that the store beneath answers: the owner's values reach it first. */
    void writeIfOwner() {
        if (Thread.currentThread() == owner) {
            writeAll();
        }
    }

    /** Writes every waiting value, oldest first, and forgets them. */
    void writeAll() {
        if (pending.isEmpty()) {
            return;
        }
        pending.forEach(writer);
        pending.clear();
    }

    /** Forgets every waiting value: the task's uncommitted work is being discarded. */
    void clear() {
        pending.clear();
    }

    int size() {
        return pending.size();
    }
}
