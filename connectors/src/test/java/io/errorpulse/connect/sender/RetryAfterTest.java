package io.errorpulse.connect.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldReadDelaySeconds() {
        assertThat(RetryAfter.parse(Optional.of(" 120 "), clock)).contains(Duration.ofSeconds(120));
    }

    @Test
    void shouldReadAnHttpDate() {
        assertThat(RetryAfter.parse(Optional.of("Sun, 22 Nov 2026 05:00:30 GMT"), clock))
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void shouldNotWaitForADateInThePast() {
        assertThat(RetryAfter.parse(Optional.of("Sun, 22 Nov 2026 04:00:00 GMT"), clock)).contains(Duration.ZERO);
    }

    @Test
    void shouldIgnoreAnUnreadableOrMissingHeader() {
        assertThat(RetryAfter.parse(Optional.of("soon"), clock)).isEmpty();
        assertThat(RetryAfter.parse(Optional.empty(), clock)).isEmpty();
    }
}
