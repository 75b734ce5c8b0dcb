package io.errorpulse.connect.delivery;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Remembers, while a batch is being retried, which of its records are already settled (delivered or
 * reported) and how many retries were made, so that Connect's redelivery of the same batch neither
 * resends what the target already has nor retries without bound. Forgotten once the batch is done.
 */
final class Redelivery {

    private final Set<RecordId> settled = new HashSet<>();
    private int retries;

    /** The records of {@code batch} that still need delivering. */
    List<SinkRecord> unsettled(Collection<SinkRecord> batch) {
        return batch.stream().filter(record -> !settled.contains(RecordId.of(record))).toList();
    }

    void settle(SinkRecord record) {
        settled.add(RecordId.of(record));
    }

    /** Counts one more retry and returns its number (1 for the first). */
    int nextRetry() {
        return ++retries;
    }

    void reset() {
        settled.clear();
        retries = 0;
    }
}
