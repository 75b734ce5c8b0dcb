package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BaselineTest {

    @Test
    void shouldStartAsARunningMean() {
        Baseline baseline = Baseline.EMPTY.learn(0.020, 30).learn(0.026, 30).learn(0.023, 30);

        assertThat(baseline.mean()).isCloseTo(0.023, within(1e-9));
        assertThat(baseline.windows()).isEqualTo(3);
        assertThat(baseline.deviation()).isPositive();
    }

    @Test
    void shouldFollowALevelButClipAJump() {
        Baseline baseline = Baseline.EMPTY;
        for (int i = 0; i < 60; i++) {
            baseline = baseline.learn(i % 2 == 0 ? 0.018 : 0.022, 30);
        }
        Baseline afterJump = baseline.learn(0.60, 30);

        assertThat(baseline.mean()).isCloseTo(0.02, within(0.001));
        assertThat(afterJump.mean()).isLessThan(0.03); // one storm window cannot drag the baseline up
    }
}
