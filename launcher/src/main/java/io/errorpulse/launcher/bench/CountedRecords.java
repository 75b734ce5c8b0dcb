package io.errorpulse.launcher.bench;

import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Adds up every window of a window store after a run, so that a throughput figure comes with the proof
 * that the application counted every record (a fast run that drops late records proves nothing).
 */
final class CountedRecords {

    private CountedRecords() {
    }

    /** The sum of {@code count} over all windows of the store, or -1 when the store cannot be read. */
    static <V> long sum(KafkaStreams streams, String storeName, ToLongFunction<V> count) {
        try {
            ReadOnlyWindowStore<Object, V> store = streams.store(
                    StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.<Object, V>windowStore()));
            long total = 0;
            try (KeyValueIterator<Windowed<Object>, V> all = store.all()) {
                while (all.hasNext()) {
                    KeyValue<Windowed<Object>, V> next = all.next();
                    total += count.applyAsLong(next.value);
                }
            }
            return total;
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
