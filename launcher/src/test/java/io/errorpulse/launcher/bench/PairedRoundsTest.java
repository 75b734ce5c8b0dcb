package io.errorpulse.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairedRoundsTest {

    /** A round over 1,000,000 records at {@code recordsPerSecond}. */
    private static ThroughputRun.Result round(String name, double recordsPerSecond) {
        return new ThroughputRun.Result(name, 1_000_000, 1_000_000 / recordsPerSecond, 0.5, new CpuUse(10, 5, 0, 0), 1_000_000);
    }

    @Test
    void shouldJudgeEachSideByItsOwnMedianRound() {
        PairedRounds rounds = new PairedRounds();
        rounds.add(round("baseline", 100_000), round("errorpulse", 150_000));
        rounds.add(round("baseline", 130_000), round("errorpulse", 270_000));
        rounds.add(round("baseline", 120_000), round("errorpulse", 250_000));

        assertThat(rounds.rounds()).isEqualTo(3);
        assertThat(rounds.reference().recordsPerSecond()).isEqualTo(120_000, offset(0.01));
        assertThat(rounds.measured().recordsPerSecond()).isEqualTo(250_000, offset(0.01));
        assertThat(rounds.ratio()).isEqualTo(250_000 / 120_000.0, offset(1e-9));
        assertThat(rounds.referenceRounds()).isEqualTo("100,000 / 130,000 / 120,000");
        assertThat(rounds.measuredRounds()).isEqualTo("150,000 / 270,000 / 250,000");
    }

    @Test
    void shouldTakeTheLowerMiddleRoundOfAnEvenNumberRatherThanAnAverageOfTwo() {
        ThroughputRun.Result slow = round("a", 100_000);
        ThroughputRun.Result lowerMiddle = round("b", 110_000);
        ThroughputRun.Result upperMiddle = round("c", 200_000);
        ThroughputRun.Result fast = round("d", 300_000);

        assertThat(PairedRounds.median(List.of(fast, lowerMiddle, slow, upperMiddle))).isSameAs(lowerMiddle);
        assertThat(PairedRounds.median(List.of(fast, slow))).isSameAs(slow);
        assertThat(PairedRounds.median(List.of(fast))).isSameAs(fast);
    }

    @Test
    void shouldRefuseToJudgeWithoutARound() {
        assertThatThrownBy(() -> new PairedRounds().ratio()).isInstanceOf(IllegalStateException.class);
    }
}
