package io.errorpulse.rest;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Category;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.Retry;
import io.errorpulse.query.KeyLocation;
import io.errorpulse.query.LocalAnswer;
import io.errorpulse.query.QueryBackend;
import io.errorpulse.query.StoreUnavailableException;
import io.errorpulse.query.WindowCountsReader.WindowCounts;
import io.errorpulse.state.StoreWindowCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link QueryBackend} held in memory, for route tests without a broker: windows per store, which
 * instance owns which store, firing alerts, and switches to make reads fail as during a rebalance.
 */
final class InMemoryBackend implements QueryBackend {

    static final CanonicalError OK = new CanonicalError(null, Dialect.EMPTY, Category.NONE, AlertClass.NONE, Retry.NONE, null);
    static final CanonicalError INVALID_TOKEN = new CanonicalError("invalid_token", Dialect.FLAT_CODE_STATUS,
            Category.AUTHENTICATION, AlertClass.AUTH_FAILURE, Retry.REFRESH_CREDENTIALS, null);
    static final CanonicalError TOO_MANY = new CanonicalError("rate_limit_exceeded", Dialect.FLAT_CODE_STATUS,
            Category.RATE_LIMIT, AlertClass.RATE_LIMITED, Retry.AFTER_DELAY, null);
    static final CanonicalError SERVER = new CanonicalError(null, Dialect.HTML, Category.SERVER, AlertClass.SERVER_ERROR,
            Retry.BACKOFF, null);

    private final Map<String, TreeMap<Instant, StoreWindowCounts>> windows = new ConcurrentHashMap<>();
    private final Map<String, KeyLocation> owners = new ConcurrentHashMap<>();
    private final List<AlertRecord> alerts = new CopyOnWriteArrayList<>();
    private final List<String> peers = new CopyOnWriteArrayList<>();
    final AtomicInteger windowReads = new AtomicInteger();
    volatile String self = "unset:0";
    volatile boolean ready = true;
    volatile boolean localUnavailable;
    volatile boolean metadataUnavailable;
    volatile boolean standbyHere;

    /** Counts {@code n} requests of {@code app} in the window starting at {@code minute}. */
    InMemoryBackend add(String store, String app, Instant minute, int n, int status, CanonicalError error) {
        StoreWindowCounts counts = windows.computeIfAbsent(store, s -> new TreeMap<>())
                .computeIfAbsent(minute, m -> new StoreWindowCounts());
        for (int i = 0; i < n; i++) {
            counts.add(app, status, error);
        }
        return this;
    }

    InMemoryBackend owner(String store, String active, String... standbys) {
        owners.put(store, new KeyLocation(active, List.of(standbys), 0));
        return this;
    }

    InMemoryBackend peer(String instance) {
        peers.add(instance);
        return this;
    }

    InMemoryBackend alert(AlertRecord alert) {
        alerts.add(alert);
        return this;
    }

    static AlertRecord firing(String fingerprint, String store, String app, String alertClass, String startsAt) {
        return new AlertRecord(fingerprint, AlertRecord.FIRING,
                Map.of("alertname", "ErrorpulseSpike", "alert_class", alertClass, "store", store, "app", app,
                        "scope", "app", "severity", "critical"),
                Map.of("summary", "spike", "description", "spike", "top_codes", ""), startsAt, startsAt,
                "http://localhost/v1", new AlertRecord.Observed(10, 20, 0.5), new AlertRecord.Baseline(0.01, 0.0),
                new AlertRecord.Window(startsAt, startsAt));
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public List<String> instances() {
        List<String> all = new ArrayList<>(peers);
        all.add(self);
        all.sort(Comparator.naturalOrder());
        return all;
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public KeyLocation locate(String store) {
        if (metadataUnavailable) {
            throw new StoreUnavailableException("rebalance in progress");
        }
        return owners.getOrDefault(store, new KeyLocation(self, List.of(), 0));
    }

    @Override
    public LocalAnswer<List<WindowCounts>> windows(KeyLocation location, String store, Instant from, Instant to) {
        if (localUnavailable) {
            throw new StoreUnavailableException("restoring");
        }
        windowReads.incrementAndGet();
        List<WindowCounts> found = new ArrayList<>();
        windows.getOrDefault(store, new TreeMap<>()).subMap(from, true, to, false)
                .forEach((start, counts) -> found.add(new WindowCounts(start, counts)));
        return standbyHere ? new LocalAnswer<>(found, LocalAnswer.Replica.STANDBY, 42) : LocalAnswer.active(found);
    }

    @Override
    public List<StoreWindow> activeWindows(Instant from, Instant to) {
        if (localUnavailable) {
            throw new StoreUnavailableException("restoring");
        }
        List<StoreWindow> found = new ArrayList<>();
        windows.forEach((store, byStart) -> byStart.subMap(from, true, to, false)
                .forEach((start, counts) -> found.add(new StoreWindow(store, new WindowCounts(start, counts)))));
        return found;
    }

    @Override
    public List<AlertRecord> activeAlerts() {
        if (localUnavailable) {
            throw new StoreUnavailableException("restoring");
        }
        return List.copyOf(alerts);
    }
}
