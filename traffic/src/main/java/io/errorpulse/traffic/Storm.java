package io.errorpulse.traffic;

/**
 * An injected storm: from {@code startMs} for {@code durationMs}, a share of all generated requests
 * goes to {@code store} (and {@code app}, or any of the store's apps when null) and fails as {@code kind}.
 *
 * @param share fraction of all traffic the storm adds while it lasts (0..1)
 */
public record Storm(StormKind kind, String store, String app, long startMs, long durationMs, double share) {

    public boolean activeAt(long timeMs) {
        return timeMs >= startMs && timeMs < startMs + durationMs;
    }
}
