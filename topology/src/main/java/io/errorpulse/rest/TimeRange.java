package io.errorpulse.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated query range [from, to) over window starts, cut into steps aligned on multiples of the
 * step since the epoch (as Prometheus aligns its range queries), so that the same step always falls
 * on the same boundaries whoever asks.
 */
record TimeRange(Instant from, Instant to, Duration step) {

    /** One step: windows starting in [start, end). */
    record Step(Instant start, Instant end) {
    }

    List<Step> steps() {
        long stepMs = step.toMillis();
        long first = Math.floorDiv(from.toEpochMilli(), stepMs) * stepMs;
        List<Step> steps = new ArrayList<>();
        for (long start = first; start < to.toEpochMilli(); start += stepMs) {
            steps.add(new Step(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + stepMs)));
        }
        return steps;
    }

    /** The step that holds a window starting at {@code windowStart}; -1 outside the range. */
    int stepIndex(Instant windowStart) {
        if (windowStart.isBefore(from) || !windowStart.isBefore(to)) {
            return -1;
        }
        long stepMs = step.toMillis();
        long first = Math.floorDiv(from.toEpochMilli(), stepMs) * stepMs;
        return (int) ((windowStart.toEpochMilli() - first) / stepMs);
    }

    String stepText() {
        long minutes = step.toMinutes();
        if (minutes % 1440 == 0) {
            return minutes / 1440 + "d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }
}
