package io.errorpulse.query;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.query.LocalAnswer.Replica;
import io.errorpulse.query.WindowCountsReader.WindowCounts;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;

/**
 * {@link QueryBackend} over a running {@link KafkaStreams}: window reads through
 * {@link WindowCountsReader}, global scans through {@link LocalWindowScanner}, alerts through
 * {@link ActiveAlertsTable}, locations through {@link MetadataService}. Every Kafka Streams failure
 * leaves as a {@link StoreUnavailableException}.
 */
public final class StreamsQueryBackend implements QueryBackend {

    private final KafkaStreams streams;
    private final MetadataService metadata;
    private final String countsStore;
    private final WindowCountsReader reader;
    private final LocalWindowScanner scanner;

    public StreamsQueryBackend(KafkaStreams streams, MetadataService metadata, String countsStore) {
        this.streams = streams;
        this.metadata = metadata;
        this.countsStore = countsStore;
        this.reader = new WindowCountsReader(streams, countsStore);
        this.scanner = new LocalWindowScanner(streams, countsStore);
    }

    @Override
    public String self() {
        return metadata.self();
    }

    @Override
    public List<String> instances() {
        return metadata.instances(List.of(countsStore, ActiveAlertsTable.STORE));
    }

    @Override
    public boolean ready() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return false;
        }
        try {
            activeWindows(Instant.EPOCH, Instant.EPOCH.plusMillis(1));
            activeAlerts();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public KeyLocation locate(String store) {
        return metadata.locate(countsStore, store);
    }

    @Override
    public LocalAnswer<List<WindowCounts>> windows(KeyLocation location, String store, Instant from, Instant to) {
        Replica replica;
        if (location.activeIs(self())) {
            replica = Replica.ACTIVE;
        } else if (location.standbyIs(self())) {
            replica = Replica.STANDBY;
        } else {
            throw new StoreUnavailableException("store " + store + " is not hosted by this instance");
        }
        List<WindowCounts> windows = guard(() -> reader.read(store, from, to.minusMillis(1), location.partition(),
                replica == Replica.ACTIVE));
        long lag = replica == Replica.STANDBY ? metadata.localLag(countsStore, location.partition()) : 0;
        return new LocalAnswer<>(windows, replica, lag);
    }

    @Override
    public List<StoreWindow> activeWindows(Instant from, Instant to) {
        return guard(() -> scanner.scan(from, to.minusMillis(1)));
    }

    @Override
    public List<AlertRecord> activeAlerts() {
        return guard(() -> ActiveAlertsTable.readActive(streams));
    }

    private static <T> T guard(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw new StoreUnavailableException("state is not queryable right now: " + e.getMessage(), e);
        } catch (StreamsException e) {
            throw new StoreUnavailableException("Kafka Streams cannot answer right now: " + e.getMessage(), e);
        }
    }
}
