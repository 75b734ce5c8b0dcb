package io.errorpulse.query;

import io.errorpulse.state.StoreWindowCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.query.WindowKeyQuery;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** Reads the windows of one store from this instance's window store through IQv2. */
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

    /** The store's windows that start in [from, to], oldest first; empty when this instance holds none. */
    public List<WindowCounts> read(String store, Instant from, Instant to) {
        WindowKeyQuery<String, ValueAndTimestamp<StoreWindowCounts>> query =
                WindowKeyQuery.withKeyAndWindowStartRange(store, from, to);
        StateQueryResult<WindowStoreIterator<ValueAndTimestamp<StoreWindowCounts>>> result =
                streams.query(StateQueryRequest.inStore(storeName).withQuery(query));
        List<WindowCounts> windows = new ArrayList<>();
        result.getPartitionResults().values().forEach(partition -> {
            if (partition.isSuccess()) {
                try (WindowStoreIterator<ValueAndTimestamp<StoreWindowCounts>> it = partition.getResult()) {
                    it.forEachRemaining(kv -> windows.add(new WindowCounts(Instant.ofEpochMilli(kv.key), kv.value.value())));
                }
            }
        });
        windows.sort(java.util.Comparator.comparing(WindowCounts::windowStart));
        return windows;
    }
}
