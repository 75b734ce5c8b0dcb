package io.errorpulse.state;

/**
 * The counts one task gathered for one store in one window since its last flush: what crosses the
 * repartition instead of the raw requests.
 *
 * @param windowStart     start of the finest window the counts belong to
 * @param maxEventTimeMs  the latest event time among the counted requests (the record timestamp)
 * @param counts          the per-app counts and their store total
 */
public record WindowPartial(long windowStart, long maxEventTimeMs, StoreWindowCounts counts) {
}
