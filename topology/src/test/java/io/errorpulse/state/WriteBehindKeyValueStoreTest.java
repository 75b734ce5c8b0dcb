package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteBehindKeyValueStoreTest {

    /** A mutable value, as a detector state is: changed in place, then put again. */
    static final class Tally {
        int count;

        Tally(int count) {
            this.count = count;
        }
    }

    @TempDir
    Path taskDir;

    /** Counts the values serialised, to tell a value written behind from one written at each put. */
    private final AtomicInteger serialised = new AtomicInteger();
    private KeyValueStore<String, Tally> inner;
    private WriteBehindKeyValueStore<String, Tally> store;

    @BeforeEach
    void open() {
        Serde<Tally> tallies = Serdes.serdeFrom((topic, tally) -> {
            serialised.incrementAndGet();
            return tally == null ? null : ByteBuffer.allocate(4).putInt(tally.count).array();
        }, (topic, bytes) -> bytes == null ? null : new Tally(ByteBuffer.wrap(bytes).getInt()));
        inner = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("detector-state"), Serdes.String(), tallies)
                .withLoggingDisabled().build();
        store = new WriteBehindKeyValueStore<>(inner);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "write-behind-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        store.init(new MockProcessorContext<>(config, new TaskId(0, 0), taskDir.toFile()).getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static int count(Tally tally) {
        return tally == null ? -1 : tally.count;
    }

    @Test
    void shouldSerialiseAValueOnceACommitHoweverOftenItIsPut() {
        Tally tally = new Tally(0);
        for (int i = 0; i < 5; i++) {
            tally.count++;
            store.put("store-a", tally);
        }

        assertThat(serialised).hasValue(0);
        assertThat(inner.get("store-a")).isNull();
        store.flushCache();

        assertThat(serialised).hasValue(1);
        assertThat(count(inner.get("store-a"))).as("the value as it was at the flush").isEqualTo(5);
        store.flushCache();
        assertThat(serialised).as("nothing waits after a flush").hasValue(1);
    }

    @Test
    void shouldWriteWaitingValuesBeforeAStoreCommit() {
        store.put("store-a", new Tally(3));

        store.commit(Map.of());

        assertThat(count(inner.get("store-a"))).isEqualTo(3);
    }

    @Test
    void shouldAnswerTheProcessingThreadWithItsOwnPutsAtOnce() {
        store.put("store-a", new Tally(2));
        store.putAll(List.of(KeyValue.pair("store-b", new Tally(4))));

        assertThat(count(store.get("store-a"))).isEqualTo(2);
        assertThat(count(store.putIfAbsent("store-b", new Tally(9)))).as("present: left as it is").isEqualTo(4);
        assertThat(store.putIfAbsent("store-c", new Tally(7))).isNull();
        List<String> all = new ArrayList<>();
        try (KeyValueIterator<String, Tally> values = store.all()) {
            values.forEachRemaining(kv -> all.add(kv.key + "=" + kv.value.count));
        }
        assertThat(all).containsExactlyInAnyOrder("store-a=2", "store-b=4", "store-c=7");
        assertThat(store.pendingValues()).as("a range read writes behind first").isZero();
        assertThat(store.approximateNumEntries()).isEqualTo(3);
    }

    @Test
    void shouldAnswerOtherThreadsFromTheWrappedStoreOnly() {
        store.put("store-a", new Tally(2));

        Tally seenElsewhere = CompletableFuture.supplyAsync(() -> store.get("store-a")).join();
        long rangeElsewhere = CompletableFuture.supplyAsync(() -> {
            try (KeyValueIterator<String, Tally> values = store.range("store-a", "store-z")) {
                long n = 0;
                while (values.hasNext()) {
                    values.next();
                    n++;
                }
                return n;
            }
        }).join();

        assertThat(seenElsewhere).as("an uncommitted value is not shown to a query").isNull();
        assertThat(rangeElsewhere).isZero();
        assertThat(store.pendingValues()).as("a query leaves the values waiting").isEqualTo(1);
        store.flushCache();
        assertThat(count(CompletableFuture.supplyAsync(() -> store.get("store-a")).join())).isEqualTo(2);
    }

    @Test
    void shouldAnswerTheThreadThatPutsLastWithItsPendingValues() {
        // a task recycled onto another stream thread keeps its stores open: no init tells the store
        Tally seenThere = CompletableFuture.supplyAsync(() -> {
            store.put("store-a", new Tally(4));
            return store.get("store-a");
        }).join();

        assertThat(count(seenThere)).isEqualTo(4);
        assertThat(store.get("store-a")).as("not yet committed, so not shown to another thread").isNull();
    }

    @Test
    void shouldDropWaitingValuesWhenTheTasksWorkIsDiscarded() {
        store.put("store-a", new Tally(2));

        store.clearCache();
        store.flushCache();

        assertThat(inner.get("store-a")).isNull();
        assertThat(serialised).hasValue(0);
    }

    @Test
    void shouldDeleteAtOnceAndForgetTheWaitingValue() {
        store.put("store-a", new Tally(2));
        store.flushCache();
        store.put("store-a", new Tally(5));

        assertThat(count(store.delete("store-a"))).as("the value the thread last put").isEqualTo(5);
        store.flushCache();

        assertThat(store.get("store-a")).isNull();
        assertThat(inner.get("store-a")).isNull();
        store.put("store-b", new Tally(1));
        store.put("store-b", null);
        assertThat(store.get("store-b")).as("a null put deletes").isNull();
        assertThat(store.pendingValues()).isZero();
    }

    @Test
    void shouldWriteTheValueLeftAloneLongestWhenTooManyWait() {
        store.put("store-0", new Tally(1));
        for (int i = 1; i < WriteBehindKeyValueStore.MAX_PENDING_VALUES; i++) {
            store.put("store-" + i, new Tally(1));
        }
        store.put("store-0", new Tally(2)); // touched again: no longer the eldest

        store.put("store-new", new Tally(3));

        assertThat(store.pendingValues()).isEqualTo(WriteBehindKeyValueStore.MAX_PENDING_VALUES);
        assertThat(serialised).hasValue(1);
        assertThat(count(inner.get("store-1"))).isEqualTo(1);
        assertThat(inner.get("store-0")).isNull();
    }
}
