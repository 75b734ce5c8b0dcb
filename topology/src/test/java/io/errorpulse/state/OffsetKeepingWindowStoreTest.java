package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedBytesStore;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetKeepingWindowStoreTest {

    private static final TopicPartition CHANGELOG = new TopicPartition("app-store-minute-counts-changelog", 3);

    @TempDir
    Path taskDir;

    /**
     * Stands in for RocksDB's window store: it keeps committed offsets only while it holds data (in its
     * segments), as the real one does.
     */
    private static final class SegmentedStore {
        final Map<Long, byte[]> rows = new HashMap<>();
        final Map<TopicPartition, Long> offsetsInSegments = new HashMap<>();

        @SuppressWarnings("unchecked")
        WindowStore<Bytes, byte[]> store() {
            return (WindowStore<Bytes, byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {WindowStore.class, TimestampedBytesStore.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "name":
                                return "store-minute-counts";
                            case "init":
                            case "close":
                                return null;
                            case "put":
                                rows.put((Long) args[2], (byte[]) args[1]);
                                return null;
                            case "commit":
                                if (!rows.isEmpty()) {
                                    offsetsInSegments.clear();
                                    offsetsInSegments.putAll((Map<TopicPartition, Long>) args[0]);
                                }
                                return null;
                            case "committedOffset":
                                return rows.isEmpty() ? null : offsetsInSegments.get((TopicPartition) args[0]);
                            case "all":
                                return iterator(rows.entrySet().iterator());
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }

        private static KeyValueIterator<Windowed<Bytes>, byte[]> iterator(Iterator<Map.Entry<Long, byte[]>> rows) {
            return new KeyValueIterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public KeyValue<Windowed<Bytes>, byte[]> next() {
                    Map.Entry<Long, byte[]> row = rows.next();
                    return KeyValue.pair(null, row.getValue());
                }

                @Override
                public void close() {
                }

                @Override
                public Windowed<Bytes> peekNextKey() {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }

    private OffsetKeepingWindowStore open(SegmentedStore segments) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        StateStoreContext context = new MockProcessorContext<>(config, new TaskId(1, 3), taskDir.toFile())
                .getStateStoreContext();
        OffsetKeepingWindowStore store = new OffsetKeepingWindowStore(segments.store());
        store.init(context, store);
        return store;
    }

    @Test
    void aStoreThatNeverHeldDataReportsTheOffsetsItCommitted() {
        SegmentedStore segments = new SegmentedStore();
        OffsetKeepingWindowStore store = open(segments);
        store.commit(Map.of(CHANGELOG, 41L));
        store.close();

        OffsetKeepingWindowStore reopened = open(segments);
        assertThat(reopened.committedOffset(CHANGELOG)).isEqualTo(41L);
        assertThat(reopened.committedOffset(new TopicPartition("other", 0))).isNull();
    }

    @Test
    void aStoreWithDataReportsOnlyTheOffsetsKeptWithIt() {
        SegmentedStore segments = new SegmentedStore();
        OffsetKeepingWindowStore store = open(segments);
        store.commit(Map.of(CHANGELOG, 41L));
        store.put(Bytes.wrap(new byte[] {1}), new byte[] {2}, 60_000);
        store.commit(Map.of(CHANGELOG, 42L));

        assertThat(open(segments).committedOffset(CHANGELOG)).isEqualTo(42L);
    }

    @Test
    void dataWrittenButNeverCommittedMakesTheOffsetUnknown() {
        SegmentedStore segments = new SegmentedStore();
        OffsetKeepingWindowStore store = open(segments);
        store.commit(Map.of(CHANGELOG, 41L));
        store.put(Bytes.wrap(new byte[] {1}), new byte[] {2}, 60_000); // then a crash: no commit

        assertThat(open(segments).committedOffset(CHANGELOG))
                .as("data of unknown origin: Kafka Streams must wipe and restore the task").isNull();
    }

    @Test
    void anEmptyCommitForgetsTheKeptOffsets() {
        SegmentedStore segments = new SegmentedStore();
        OffsetKeepingWindowStore store = open(segments);
        store.commit(Map.of(CHANGELOG, 41L));
        store.commit(Map.of());

        assertThat(open(segments).committedOffset(CHANGELOG)).isNull();
        assertThat(taskDir.resolve("store-minute-counts.offsets-while-empty")).doesNotExist();
    }

    @Test
    void anUnreadableOffsetsFileMeansNoOffset() throws Exception {
        SegmentedStore segments = new SegmentedStore();
        Files.writeString(taskDir.resolve("store-minute-counts.offsets-while-empty"), "not offsets at all");

        assertThat(open(segments).committedOffset(CHANGELOG)).isNull();
    }
}
