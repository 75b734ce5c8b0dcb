package io.errorpulse.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Instant FROM = Instant.parse("2026-11-22T05:03:00Z");
    private static final Instant TO = Instant.parse("2026-11-22T05:21:00Z");

    @Test
    void shouldAlignStepsOnMultiplesOfTheStep() {
        TimeRange range = new TimeRange(FROM, TO, Duration.ofMinutes(5));
        assertThat(range.steps()).extracting(s -> s.start().toString())
                .containsExactly("2026-11-22T05:00:00Z", "2026-11-22T05:05:00Z", "2026-11-22T05:10:00Z",
                        "2026-11-22T05:15:00Z", "2026-11-22T05:20:00Z");
        assertThat(range.stepText()).isEqualTo("5m");
    }

    @Test
    void shouldPlaceWindowsInTheirStepAndRejectThoseOutsideTheRange() {
        TimeRange range = new TimeRange(FROM, TO, Duration.ofMinutes(5));
        assertThat(range.stepIndex(Instant.parse("2026-11-22T05:03:00Z"))).isZero();
        assertThat(range.stepIndex(Instant.parse("2026-11-22T05:05:00Z"))).isEqualTo(1);
        assertThat(range.stepIndex(Instant.parse("2026-11-22T05:20:00Z"))).isEqualTo(4);
        assertThat(range.stepIndex(Instant.parse("2026-11-22T05:02:00Z"))).isEqualTo(-1);
        assertThat(range.stepIndex(TO)).isEqualTo(-1);
    }

    @Test
    void shouldNameHourAndDaySteps() {
        assertThat(new TimeRange(FROM, TO, Duration.ofHours(2)).stepText()).isEqualTo("2h");
        assertThat(new TimeRange(FROM, TO, Duration.ofDays(1)).stepText()).isEqualTo("1d");
    }
}
