package io.errorpulse.query;

import io.errorpulse.state.StoreNames;
import io.errorpulse.state.StoreWindowCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.query.WindowKeyQuery;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Reads the windows of one store from this instance's copy of a window store through IQv2, and the
 * store's count of late records.
 */
public final class WindowCountsReader {

    private final KafkaStreams streams;
    private final String storeName;

    public WindowCountsReader(KafkaStreams streams, String storeName) {
        this.streams = streams;
        this.storeName = storeName;
    }

    /** A window start and its counts. */
    public record WindowCounts(Instant windowStart, StoreWindowCounts counts) {
    }

    /**
     * The store's windows that start in [from, to], oldest first, from whatever partitions this
     * instance holds (active or standby); empty when it holds none. For tests and tools: a keyed
     * query of the REST API asks the one partition of the key.
     */
    public List<WindowCounts> read(String store, Instant from, Instant to) {
        StateQueryResult<WindowStoreIterator<ValueAndTimestamp<StoreWindowCounts>>> result =
                streams.query(StateQueryRequest.inStore(storeName).withQuery(query(store, from, to)));
        List<WindowCounts> windows = new ArrayList<>();
        result.getPartitionResults().values().forEach(partition -> {
            if (partition.isSuccess()) {
                collect(partition.getResult(), windows);
            }
        });
        windows.sort(Comparator.comparing(WindowCounts::windowStart));
        return windows;
    }

    /**
     * The store's windows that start in [from, to], oldest first, from this instance's copy of one
     * partition (the active one when {@code requireActive}): a single query, to the one partition
     * that can hold the key.
     *
     * @throws StoreUnavailableException if that copy cannot answer right now
     */
    public List<WindowCounts> read(String store, Instant from, Instant to, int partition, boolean requireActive) {
        StateQueryRequest<WindowStoreIterator<ValueAndTimestamp<StoreWindowCounts>>> request = StateQueryRequest
                .inStore(storeName).withQuery(query(store, from, to)).withPartitions(Set.of(partition));
        if (requireActive) {
            request = request.requireActive();
        }
        QueryResult<WindowStoreIterator<ValueAndTimestamp<StoreWindowCounts>>> answer =
                streams.query(request).getPartitionResults().get(partition);
        if (answer == null || answer.isFailure()) {
            throw new StoreUnavailableException("partition " + partition + " of " + storeName + " is not queryable here"
                    + (answer == null ? "" : ": " + answer.getFailureReason()));
        }
        return collect(answer.getResult(), new ArrayList<>()); // one key's windows iterate in time order
    }

    /** Records of the store that arrived after their window's grace period, as counted by this instance. */
    public long lateRecords(String store) {
        StateQueryResult<Long> result = streams.query(StateQueryRequest.inStore(StoreNames.LATE_RECORDS)
                .withQuery(KeyQuery.<String, Long>withKey(store)));
        long late = 0;
        for (var partition : result.getPartitionResults().values()) {
            if (partition.isSuccess() && partition.getResult() != null) {
                late += partition.getResult();
            }
        }
        return late;
    }

    private static WindowKeyQuery<String, ValueAndTimestamp<StoreWindowCounts>> query(String store, Instant from, Instant to) {
        return WindowKeyQuery.withKeyAndWindowStartRange(store, from, to);
    }

    /** Adds the iterator's windows to {@code windows} and closes it. */
    private static List<WindowCounts> collect(WindowStoreIterator<ValueAndTimestamp<StoreWindowCounts>> rows,
                                              List<WindowCounts> windows) {
        try (rows) {
            rows.forEachRemaining(kv -> {
                if (kv.value != null && kv.value.value() != null) {
                    windows.add(new WindowCounts(Instant.ofEpochMilli(kv.key), kv.value.value()));
                }
            });
        }
        return windows;
    }
}
