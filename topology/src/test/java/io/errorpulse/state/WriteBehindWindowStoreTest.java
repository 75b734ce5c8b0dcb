package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Category;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.Retry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteBehindWindowStoreTest {

    private static final long MINUTE = 60_000;
    private static final CanonicalError OK = new CanonicalError(null, Dialect.values()[0], Category.NONE,
            AlertClass.NONE, Retry.values()[0], null);

    @TempDir
    Path taskDir;

    /** Counts the rows serialised, to tell a row written behind from one written at each put. */
    private final AtomicInteger serialised = new AtomicInteger();
    private TimestampedWindowStore<String, StoreWindowCounts> inner;
    private WriteBehindWindowStore<String, StoreWindowCounts> store;

    @BeforeEach
    void open() {
        StoreWindowCountsSerde counts = new StoreWindowCountsSerde();
        Serde<StoreWindowCounts> counting = Serdes.serdeFrom((topic, value) -> {
            serialised.incrementAndGet();
            return counts.serializer().serialize(topic, value);
        }, counts.deserializer());
        inner = Stores.timestampedWindowStoreBuilder(
                Stores.inMemoryWindowStore("minute-counts", Duration.ofHours(2), Duration.ofMinutes(1), false),
                Serdes.String(), counting).withLoggingDisabled().build();
        store = new WriteBehindWindowStore<>(inner);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "write-behind-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        store.init(new MockProcessorContext<>(config, new TaskId(0, 0), taskDir.toFile()).getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ValueAndTimestamp<StoreWindowCounts> row(int requests) {
        StoreWindowCounts counts = new StoreWindowCounts();
        for (int i = 0; i < requests; i++) {
            counts.add("app-1", 200, OK);
        }
        return ValueAndTimestamp.make(counts, 1_000L + requests);
    }

    private static long requests(ValueAndTimestamp<StoreWindowCounts> row) {
        return row == null ? -1 : row.value().total().requests();
    }

    @Test
    void shouldSerialiseARowOnceACommitHoweverOftenItIsPut() {
        ValueAndTimestamp<StoreWindowCounts> row = row(1);
        for (int i = 0; i < 5; i++) {
            store.put("store-a", row, 0);
            row.value().add("app-2", 401, OK);
        }

        assertThat(serialised).hasValue(0);
        assertThat(inner.fetch("store-a", 0)).isNull();
        store.flushCache();

        assertThat(serialised).hasValue(1);
        assertThat(requests(inner.fetch("store-a", 0))).as("the row as it was at the flush").isEqualTo(6);
        assertThat(inner.fetch("store-a", 0).timestamp()).isEqualTo(1_001L);
        store.flushCache();
        assertThat(serialised).as("nothing waits after a flush").hasValue(1);
    }

    @Test
    void shouldWriteWaitingRowsBeforeAStoreCommit() {
        store.put("store-a", row(3), 0);

        store.commit(java.util.Map.of());

        assertThat(requests(inner.fetch("store-a", 0))).isEqualTo(3);
    }

    @Test
    void shouldAnswerTheProcessingThreadWithItsOwnPutsAtOnce() {
        store.put("store-a", row(2), 0);
        store.put("store-a", row(4), MINUTE);
        store.put("store-b", row(7), MINUTE);

        assertThat(requests(store.fetch("store-a", 0))).isEqualTo(2);
        assertThat(requests(store.fetch("store-c", 0))).isEqualTo(-1);
        List<Long> range = new ArrayList<>();
        store.fetch("store-a", 0, MINUTE).forEachRemaining(kv -> range.add(requests(kv.value)));
        assertThat(range).containsExactly(2L, 4L);
        List<String> all = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<StoreWindowCounts>> rows = store.all()) {
            rows.forEachRemaining(kv -> all.add(kv.key.key() + "@" + kv.key.window().start() + "=" + requests(kv.value)));
        }
        assertThat(all).containsExactlyInAnyOrder("store-a@0=2", "store-a@60000=4", "store-b@60000=7");
    }

    @Test
    void shouldWriteBehindBeforeAReadByInstants() {
        store.put("store-a", row(2), 0);
        store.put("store-b", row(3), MINUTE);

        long rows;
        try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<StoreWindowCounts>> all =
                     store.fetchAll(Instant.ofEpochMilli(0), Instant.ofEpochMilli(MINUTE))) {
            rows = 0;
            while (all.hasNext()) {
                all.next();
                rows++;
            }
        }

        assertThat(rows).isEqualTo(2);
        assertThat(store.pendingRows()).isZero();
    }

    @Test
    void shouldAnswerTheThreadThatPutsLastWithItsPendingRows() {
        // a task recycled onto another stream thread keeps its stores open: no init tells the store
        ValueAndTimestamp<StoreWindowCounts> seenThere = CompletableFuture.supplyAsync(() -> {
            store.put("store-a", row(4), 0);
            return store.fetch("store-a", 0);
        }).join();

        assertThat(requests(seenThere)).isEqualTo(4);
        assertThat(store.fetch("store-a", 0)).as("not yet committed, so not shown to another thread").isNull();
    }

    @Test
    void shouldAnswerOtherThreadsFromTheWrappedStoreOnly() {
        store.put("store-a", row(2), 0);

        ValueAndTimestamp<StoreWindowCounts> seenElsewhere = CompletableFuture.supplyAsync(() -> store.fetch("store-a", 0)).join();
        long rangeElsewhere = CompletableFuture.supplyAsync(() -> {
            try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<StoreWindowCounts>> rows = store.all()) {
                long n = 0;
                while (rows.hasNext()) {
                    rows.next();
                    n++;
                }
                return n;
            }
        }).join();

        assertThat(seenElsewhere).as("an uncommitted row is not shown to a query").isNull();
        assertThat(rangeElsewhere).isZero();
        assertThat(store.pendingRows()).as("a query leaves the rows waiting").isEqualTo(1);
        store.flushCache();
        assertThat(requests(CompletableFuture.supplyAsync(() -> store.fetch("store-a", 0)).join())).isEqualTo(2);
    }

    @Test
    void shouldDropWaitingRowsWhenTheTasksWorkIsDiscarded() {
        store.put("store-a", row(2), 0);

        store.clearCache();
        store.flushCache();

        assertThat(inner.fetch("store-a", 0)).isNull();
        assertThat(serialised).hasValue(0);
    }

    @Test
    void shouldDeleteAtOnceAndForgetTheWaitingRow() {
        store.put("store-a", row(2), 0);
        store.flushCache();
        store.put("store-a", row(5), 0);

        store.put("store-a", null, 0);
        store.flushCache();

        assertThat(store.fetch("store-a", 0)).isNull();
        assertThat(inner.fetch("store-a", 0)).isNull();
    }

    @Test
    void shouldWriteTheRowLeftAloneLongestWhenTooManyWait() {
        store.put("store-0", row(1), 0);
        for (int i = 1; i < WriteBehindWindowStore.MAX_PENDING_ROWS; i++) {
            store.put("store-" + i, row(1), 0);
        }
        store.put("store-0", row(2), 0); // touched again: no longer the eldest

        store.put("store-new", row(3), 0);

        assertThat(store.pendingRows()).isEqualTo(WriteBehindWindowStore.MAX_PENDING_ROWS);
        assertThat(serialised).hasValue(1);
        assertThat(requests(inner.fetch("store-1", 0))).isEqualTo(1);
        assertThat(inner.fetch("store-0", 0)).isNull();
    }
}
