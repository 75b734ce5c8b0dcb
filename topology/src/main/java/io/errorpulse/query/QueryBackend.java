package io.errorpulse.query;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.query.WindowCountsReader.WindowCounts;
import java.time.Instant;
import java.util.List;

/**
 * What the REST layer needs from the state of this instance and from the cluster's metadata. The
 * production implementation reads Kafka Streams ({@link StreamsQueryBackend}); route tests use an
 * in-memory one, so that they need no broker.
 */
public interface QueryBackend {

    /** This instance as other instances reach it: {@code host:port}. */
    String self();

    /** Every instance of the application that can answer part of a global view, self included. */
    List<String> instances();

    /** Kafka Streams runs and this instance's stores can be queried. */
    boolean ready();

    /**
     * Where the windows of {@code store} live.
     *
     * @throws StoreUnavailableException while no instance is known to host the key (start, rebalance)
     */
    KeyLocation locate(String store);

    /**
     * The windows of {@code store} that start in [from, to), oldest first, read from this instance's
     * active copy or, failing that, a local standby.
     *
     * @param location where the key lives, as {@link #locate} answered for this request
     * @throws StoreUnavailableException when this instance holds no queryable copy of the key
     */
    LocalAnswer<List<WindowCounts>> windows(KeyLocation location, String store, Instant from, Instant to);

    /** Every store's windows that start in [from, to) in this instance's active partitions. */
    List<StoreWindow> activeWindows(Instant from, Instant to);

    /** The firing alerts held by this instance's active partitions of the alerts table. */
    List<AlertRecord> activeAlerts();

    /** One window of one store, as a global scan sees it. */
    record StoreWindow(String store, WindowCounts window) {
    }
}
