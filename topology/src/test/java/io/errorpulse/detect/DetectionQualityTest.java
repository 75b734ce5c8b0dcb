package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.traffic.scenario.Scenario;
import io.errorpulse.traffic.scenario.StormShape;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plays a day of 40 stores x 8 apps with twelve storms through the detector and scores it. */
class DetectionQualityTest {

    private static DetectionQuality.Figures figures;
    private static Scenario scenario;

    @BeforeAll
    static void play() {
        scenario = DetectionQualityReport.standardScenario();
        figures = DetectionQuality.score(scenario, DetectionSettings.defaults(Duration.ofMinutes(1), "http://localhost:8080"));
        System.out.print(figures.report());
    }

    @Test
    void shouldFireOnEveryInjectedStorm() {
        assertThat(figures.missed()).isEmpty();
        assertThat(figures.detected()).isEqualTo(scenario.storms().size()).isPositive();
    }

    @Test
    void shouldNotAlertOnStormFreeSeriesNorOnTheStoreWhoseTrafficDoubles() {
        assertThat(figures.falseAlarms()).isEmpty();
    }

    @Test
    void shouldFireAndResolveEachStormAlertOnlyOnce() {
        assertThat(figures.flapping()).isEmpty();
        assertThat(figures.unresolved()).isEmpty();
    }

    @Test
    void shouldFireBurstsWithinTwoMinutesAndRampsBeforeTheyPeak() {
        assertThat(figures.timeToFireMs().get(StormShape.BURST)).allSatisfy(ms -> assertThat(ms).isLessThan(120_000));
        assertThat(figures.timeToFireMs().get(StormShape.LOW_VOLUME)).allSatisfy(ms -> assertThat(ms).isLessThan(120_000));
        assertThat(figures.timeToFireMs().get(StormShape.RAMP)).allSatisfy(ms -> assertThat(ms).isLessThan(20 * 60_000));
    }
}
