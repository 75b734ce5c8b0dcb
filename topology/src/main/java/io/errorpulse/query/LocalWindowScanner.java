package io.errorpulse.query;

import io.errorpulse.query.QueryBackend.StoreWindow;
import io.errorpulse.query.WindowCountsReader.WindowCounts;
import io.errorpulse.state.StoreWindowCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.query.WindowRangeQuery;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Reads every store's windows in a time range from this instance's ACTIVE partitions only, for the
 * parts of a global view: each partition is then counted by exactly one instance, never twice through
 * a standby.
 */
public final class LocalWindowScanner {

    private final KafkaStreams streams;
    private final String storeName;

    public LocalWindowScanner(KafkaStreams streams, String storeName) {
        this.streams = streams;
        this.storeName = storeName;
    }

    /** Windows starting in [from, to] (inclusive bounds, as the window store takes them). */
    public List<StoreWindow> scan(Instant from, Instant to) {
        WindowRangeQuery<String, ValueAndTimestamp<StoreWindowCounts>> query =
                WindowRangeQuery.withWindowStartRange(from, to);
        StateQueryResult<KeyValueIterator<Windowed<String>, ValueAndTimestamp<StoreWindowCounts>>> result =
                streams.query(StateQueryRequest.inStore(storeName).withQuery(query).requireActive());
        List<StoreWindow> windows = new ArrayList<>();
        for (QueryResult<KeyValueIterator<Windowed<String>, ValueAndTimestamp<StoreWindowCounts>>> partition
                : result.getPartitionResults().values()) {
            if (partition.isFailure()) {
                throw new StoreUnavailableException(storeName + " is not queryable: " + partition.getFailureMessage());
            }
            try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<StoreWindowCounts>> it = partition.getResult()) {
                while (it.hasNext()) {
                    KeyValue<Windowed<String>, ValueAndTimestamp<StoreWindowCounts>> row = it.next();
                    if (row.value != null && row.value.value() != null) {
                        windows.add(new StoreWindow(row.key.key(), new WindowCounts(
                                Instant.ofEpochMilli(row.key.window().start()), row.value.value())));
                    }
                }
            }
        }
        return windows;
    }
}
