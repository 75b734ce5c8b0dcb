package io.errorpulse.state;

/** A pending partial in memory: one store in one window (changelogged per app as {@link PartialAppKey}). */
public record PartialKey(String store, long windowStart) {
}
