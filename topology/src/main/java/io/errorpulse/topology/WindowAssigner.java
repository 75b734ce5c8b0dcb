package io.errorpulse.topology;

import java.time.Duration;

/**
 * Which tumbling window an event time falls in, and whether that window is already closed for a
 * given stream time (its end plus the grace period has passed).
 */
public final class WindowAssigner {

    private final long sizeMs;
    private final long graceMs;

    public WindowAssigner(Duration size, Duration grace) {
        this.sizeMs = size.toMillis();
        this.graceMs = grace.toMillis();
    }

    public long windowStart(long eventTimeMs) {
        return eventTimeMs - Math.floorMod(eventTimeMs, sizeMs);
    }

    /** True when a record of {@code eventTimeMs} arrives after its window closed at {@code streamTimeMs}. */
    public boolean isLate(long eventTimeMs, long streamTimeMs) {
        return windowStart(eventTimeMs) + sizeMs + graceMs <= streamTimeMs;
    }

    public long sizeMs() {
        return sizeMs;
    }
}
