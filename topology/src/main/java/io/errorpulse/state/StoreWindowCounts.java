package io.errorpulse.state;

import io.errorpulse.envelope.CanonicalError;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One store in one window: the counts of each of its apps, and their total. This is the value of the
 * window stores (one row per store and window) and also the partial that crosses the repartition.
 */
public final class StoreWindowCounts {

    /** Past this many apps in one store-window, further apps fold into {@link #OTHER_APP}. */
    public static final int MAX_APPS = 256;
    public static final String OTHER_APP = "_other";

    /** By app name; in no particular order (nothing reads them in order: a hash lookup is the cost of counting). */
    private final Map<String, TrafficCounts> apps = new HashMap<>();
    private final TrafficCounts total = new TrafficCounts();
    /** The total not decoded yet (read from bytes): a query of one app never needs it. */
    private BinaryReader unreadTotal;
    /**
     * The app rows of a value read from bytes, not yet decoded (null once decoded): a query of one app
     * or of the store total decodes no other app. Checked when read, so decoding them later cannot fail.
     */
    private BinaryReader unreadApps;
    private int unreadVersion;

    public static StoreWindowCounts of(String app, int status, CanonicalError error) {
        StoreWindowCounts counts = new StoreWindowCounts();
        counts.add(app, status, error);
        return counts;
    }

    public void add(String app, int status, CanonicalError error) {
        appCounts(app).add(status, error);
        total().add(status, error);
    }

    /** Adds counts already gathered for one app. */
    public void add(String app, TrafficCounts counts) {
        appCounts(app).merge(counts);
        total().merge(counts);
    }

    public StoreWindowCounts merge(StoreWindowCounts other) {
        other.rows().forEach((app, counts) -> appCounts(app).merge(counts));
        total().merge(other.total());
        return this;
    }

    /** An independent copy: merging into it leaves this one unchanged. */
    public StoreWindowCounts copy() {
        return new StoreWindowCounts().merge(this);
    }

    /**
     * The app row a request of {@code app} is counted in: the app itself, or {@link #OTHER_APP} once
     * {@link #MAX_APPS} apps have rows. {@link #OTHER_APP} takes no app's place, so a row holds the same apps
     * whatever order a merge visits a full partial's rows in.
     */
    public String countedAs(String app) {
        Map<String, TrafficCounts> apps = rows();
        if (apps.containsKey(app)) {
            return app;
        }
        int appRows = apps.size() - (apps.containsKey(OTHER_APP) ? 1 : 0);
        return appRows < MAX_APPS ? app : OTHER_APP;
    }

    private TrafficCounts appCounts(String app) {
        Map<String, TrafficCounts> rows = rows();
        TrafficCounts counts = rows.get(app);
        return counts != null ? counts : rows.computeIfAbsent(countedAs(app), k -> new TrafficCounts());
    }

    public Map<String, TrafficCounts> apps() {
        return Collections.unmodifiableMap(rows());
    }

    /** The store over all its apps. */
    public TrafficCounts total() {
        if (unreadTotal != null) {
            BinaryReader in = unreadTotal;
            unreadTotal = null;
            StoreWindowCountsSerde.readCounts(in, total, unreadVersion);
        }
        return total;
    }

    /** The counts of one app, null when it has none in this window. */
    public TrafficCounts app(String app) {
        if (unreadApps != null) {
            return StoreWindowCountsSerde.findApp(new BinaryReader(unreadApps.bytes(), unreadApps.position(), "StoreWindowCounts"),
                    unreadVersion, app);
        }
        return apps.get(app);
    }

    int appCount() {
        return rows().size();
    }

    /** Keeps the total of {@code in} (at its position) to decode when first needed. */
    void readTotalLater(BinaryReader in, int version) {
        unreadTotal = new BinaryReader(in.bytes(), in.position(), "StoreWindowCounts");
        unreadVersion = version;
    }

    /** Keeps the app rows of {@code in} (at its position) to decode when first needed. */
    void readAppsLater(BinaryReader in, int version) {
        unreadApps = new BinaryReader(in.bytes(), in.position(), "StoreWindowCounts");
        unreadVersion = version;
    }

    /** The app rows, decoded. */
    Map<String, TrafficCounts> rows() {
        if (unreadApps != null) {
            BinaryReader in = unreadApps;
            unreadApps = null;
            StoreWindowCountsSerde.readApps(in, unreadVersion, apps);
        }
        return apps;
    }
}
