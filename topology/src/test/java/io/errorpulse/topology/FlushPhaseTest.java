package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlushPhaseTest {

    private static final long T0 = 1_795_000_000_000L;
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void shouldFlushFirstAtTheNextMomentThatLiesItsFractionIntoAnInterval() {
        assertThat(FlushPhase.firstFlush(T0 + 250, SECOND, 0.0)).isEqualTo(Instant.ofEpochMilli(T0 + 1_000));
        assertThat(FlushPhase.firstFlush(T0 + 250, SECOND, 0.618)).isEqualTo(Instant.ofEpochMilli(T0 + 618));
        assertThat(FlushPhase.firstFlush(T0 + 700, SECOND, 0.618)).isEqualTo(Instant.ofEpochMilli(T0 + 1_618));
        assertThat(FlushPhase.firstFlush(T0 + 618, SECOND, 0.618)).as("never now: the next one")
                .isEqualTo(Instant.ofEpochMilli(T0 + 1_618));
        long base = 1_795_000_000_200L; // a multiple of 300 ms
        assertThat(FlushPhase.firstFlush(base + 10, Duration.ofMillis(300), 0.5)).isEqualTo(Instant.ofEpochMilli(base + 150));
        assertThat(FlushPhase.firstFlush(base + 160, Duration.ofMillis(300), 0.5)).isEqualTo(Instant.ofEpochMilli(base + 450));
    }

    @Test
    void shouldGiveEveryThreadItsOwnMoment() throws Exception {
        Instant[] firsts = new Instant[3];
        for (int i = 0; i < firsts.length; i++) {
            int thread = i;
            Thread t = new Thread(() -> firsts[thread] = FlushPhase.firstFlush(T0, SECOND));
            t.start();
            t.join();
        }
        assertThat(firsts).doesNotHaveDuplicates();
        assertThat(FlushPhase.firstFlush(T0, SECOND).toEpochMilli() % 1_000).as("a thread keeps its moment")
                .isEqualTo(FlushPhase.firstFlush(T0 + 400, SECOND).toEpochMilli() % 1_000);
    }
}
