package io.errorpulse.state;

/** The names of the state stores that queries read, shared by the topology and the query layer. */
public final class StoreNames {

    /** One-minute counts, one row per (store, window), each holding its per-app vector. */
    public static final String MINUTE_COUNTS = "store-minute-counts";
    /** Roll-up (hourly by default) counts, same shape, kept longer. */
    public static final String HOUR_COUNTS = "store-hour-counts";
    /** Records later than their window's grace period, per store. */
    public static final String LATE_RECORDS = "late-records";

    private StoreNames() {
    }
}
