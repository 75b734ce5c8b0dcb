package io.errorpulse.state;

/** One store in one window: a pending partial, or a window row. */
public record PartialKey(String store, long windowStart) {
}
