package io.errorpulse.state;

import java.util.Set;

/**
 * A store-window after a partial was merged into it: what detection judges.
 *
 * @param store        the store
 * @param windowStart  start of the finest window
 * @param counts       the window's counts so far (all partials merged)
 * @param changedApps  the apps the merged partial touched (only they can have changed)
 */
public record WindowUpdate(String store, long windowStart, StoreWindowCounts counts, Set<String> changedApps) {
}
