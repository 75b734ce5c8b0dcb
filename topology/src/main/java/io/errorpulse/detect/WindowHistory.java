package io.errorpulse.detect;

import io.errorpulse.state.StoreWindowCounts;

/** Reads the final counts of an earlier window of a store (the minute store, or a map in tests). */
@FunctionalInterface
public interface WindowHistory {

    /** The counts of the store in the window starting at {@code windowStart}; null when none. */
    StoreWindowCounts counts(String store, long windowStart);
}
