package io.errorpulse.state;

/** One store in one window: a pending partial in memory, or a window row (changelogged per app as {@link PartialAppKey}). */
public record PartialKey(String store, long windowStart) {
}
