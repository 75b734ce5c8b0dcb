package io.errorpulse.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedBytesStore;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * A persistent window store that keeps its committed changelog offsets even while it holds no data.
 *
 * <p>Kafka Streams' RocksDB window store keeps the offsets it committed inside its segments, and a
 * store that was never written has no segment: after a clean close it reports no committed offset. Under
 * exactly-once, a task whose other stores are on disk but one of whose window stores reports no offset is
 * declared corrupted, wiped and restored from scratch; with two instances every reassignment of a task
 * that has not counted anything yet (a quiet partition, an instance started before the traffic) did
 * that, and the reassignments it caused kept it going for minutes.
 *
 * <p>So the offsets committed while the wrapped store has no offset of its own are also written to a
 * small file beside the stores of the task, and reported back as long as the store holds no data. A
 * store holding data still answers with its own offsets only: data without an offset may be uncommitted,
 * and then the task must be wiped as before. The file goes with the task directory when it is wiped.
 */
public final class OffsetKeepingWindowStore implements WindowStore<Bytes, byte[]>, TimestampedBytesStore {

    private final WindowStore<Bytes, byte[]> inner;
    private Path offsetsFile;
    private Map<TopicPartition, Long> keptOffsets = Map.of();

    OffsetKeepingWindowStore(WindowStore<Bytes, byte[]> inner) {
        if (!(inner instanceof TimestampedBytesStore)) {
            throw new IllegalArgumentException("expected a timestamped window store, got " + inner.getClass().getName());
        }
        this.inner = inner;
    }

    /** A supplier of {@code inner}'s stores, each wrapped: use it where {@code inner} would be used. */
    public static WindowBytesStoreSupplier supplier(WindowBytesStoreSupplier inner) {
        return new WindowBytesStoreSupplier() {
            @Override
            public String name() {
                return inner.name();
            }

            @Override
            public WindowStore<Bytes, byte[]> get() {
                return new OffsetKeepingWindowStore(inner.get());
            }

            @Override
            public String metricsScope() {
                return inner.metricsScope();
            }

            @Override
            public long segmentIntervalMs() {
                return inner.segmentIntervalMs();
            }

            @Override
            public long windowSize() {
                return inner.windowSize();
            }

            @Override
            public boolean retainDuplicates() {
                return inner.retainDuplicates();
            }

            @Override
            public long retentionPeriod() {
                return inner.retentionPeriod();
            }
        };
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        offsetsFile = context.stateDir().toPath().resolve(name() + ".offsets-while-empty");
        keptOffsets = readOffsets(offsetsFile);
        inner.init(context, root);
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        inner.commit(changelogOffsets);
        Map<TopicPartition, Long> keep = new HashMap<>();
        changelogOffsets.forEach((partition, offset) -> {
            if (offset != null && inner.committedOffset(partition) == null) {
                keep.put(partition, offset);
            }
        });
        if (!keep.equals(keptOffsets)) {
            writeOffsets(offsetsFile, keep);
            keptOffsets = keep;
        }
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        Long own = inner.committedOffset(partition);
        if (own != null) {
            return own;
        }
        Long kept = keptOffsets.get(partition);
        return kept != null && holdsNoData() ? kept : null;
    }

    private boolean holdsNoData() {
        try (KeyValueIterator<Windowed<Bytes>, byte[]> all = inner.all()) {
            return !all.hasNext();
        }
    }

    /** One line per partition: topic, partition, offset. Unreadable means none: the safe answer. */
    static Map<TopicPartition, Long> readOffsets(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.trim().split(" ");
                if (fields.length != 3) {
                    return Map.of();
                }
                offsets.put(new TopicPartition(fields[0], Integer.parseInt(fields[1])), Long.parseLong(fields[2]));
            }
            return offsets;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    static void writeOffsets(Path file, Map<TopicPartition, Long> offsets) {
        try {
            if (offsets.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder text = new StringBuilder();
            offsets.forEach((partition, offset) -> text.append(partition.topic()).append(' ')
                    .append(partition.partition()).append(' ').append(offset).append('\n'));
            Path written = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(written, List.of(text.toString().strip()), StandardCharsets.UTF_8);
            try {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    public boolean managesOffsets() {
        return true;
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush() {
        inner.flush();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void close() {
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return inner.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
        return inner.getPosition();
    }

    @Override
    public void put(Bytes key, byte[] value, long windowStartTimestamp) {
        inner.put(key, value, windowStartTimestamp);
    }

    @Override
    public byte[] fetch(Bytes key, long time) {
        return inner.fetch(key, time);
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, long timeFrom, long timeTo) {
        return inner.fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, Instant timeFrom, Instant timeTo) {
        return inner.fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, long timeFrom, long timeTo) {
        return inner.backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, Instant timeFrom, Instant timeTo) {
        return inner.backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
        return inner.fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(Bytes keyFrom, Bytes keyTo, Instant timeFrom, Instant timeTo) {
        return inner.fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
        return inner.backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(Bytes keyFrom, Bytes keyTo, Instant timeFrom,
                                                                  Instant timeTo) {
        return inner.backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> all() {
        return inner.all();
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardAll() {
        return inner.backwardAll();
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(long timeFrom, long timeTo) {
        return inner.fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(Instant timeFrom, Instant timeTo) {
        return inner.fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(long timeFrom, long timeTo) {
        return inner.backwardFetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(Instant timeFrom, Instant timeTo) {
        return inner.backwardFetchAll(timeFrom, timeTo);
    }
}
