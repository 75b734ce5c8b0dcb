package io.errorpulse.state;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * What the write-behind stores share: the values waiting ({@link PendingWrites}) and when they are
 * written to the store beneath or dropped. They reach it when Kafka Streams flushes the store's cache
 * before a commit (or commits the store), so they travel in the transaction that commits their input, and
 * they are dropped with the task's other uncommitted work when it is closed without a commit.
 *
 * <p>It extends Kafka Streams' {@link WrappedStateStore} so that Streams still sees the store beneath it
 * (restoration converts records by its type) and calls {@link #flushCache()} on it.
 *
 * @param <S>  the store beneath
 * @param <PK> the key a value waits under
 * @param <PV> a value waiting
 */
abstract class WriteBehindStore<S extends StateStore, K, V, PK, PV> extends WrappedStateStore<S, K, V> {

    final PendingWrites<PK, PV> pending;

    WriteBehindStore(S inner, int maxPending) {
        super(inner);
        this.pending = new PendingWrites<>(maxPending, this::writeBehind);
    }

    /** Writes one waiting value to the store beneath. */
    abstract void writeBehind(PK key, PV value);

    @Override
    public void init(StateStoreContext context, StateStore root) {
        pending.open();
        super.init(context, root);
    }

    /** Before a commit: the values waiting reach the record cache first, so the cache's flush takes them along. */
    @Override
    public void flushCache() {
        pending.writeAll();
        super.flushCache();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        pending.writeAll();
        super.commit(changelogOffsets);
    }

    /** The task's uncommitted work is being discarded: so are the values waiting. */
    @Override
    public void clearCache() {
        pending.clear();
        super.clearCache();
    }

    @Override
    public void close() {
        pending.clear();
        super.close();
    }
}
