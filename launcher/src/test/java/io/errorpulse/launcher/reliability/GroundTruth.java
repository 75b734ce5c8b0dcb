package io.errorpulse.launcher.reliability;

import java.util.Map;
import java.util.TreeMap;

/** What was produced, counted per store, app and one-minute window: what errorpulse must end up with. */
final class GroundTruth {

    private static final long MINUTE_MS = 60_000;
    private final Map<String, Long> requests = new TreeMap<>();
    private long total;

    synchronized void add(String store, String app, long eventTimeMs) {
        requests.merge(key(store, app, eventTimeMs - Math.floorMod(eventTimeMs, MINUTE_MS)), 1L, Long::sum);
        total++;
    }

    synchronized Map<String, Long> requests() {
        return new TreeMap<>(requests);
    }

    synchronized long total() {
        return total;
    }

    static String key(String store, String app, long windowStartMs) {
        return store + "|" + app + "|" + windowStartMs;
    }
}
