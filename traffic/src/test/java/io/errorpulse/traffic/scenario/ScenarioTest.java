package io.errorpulse.traffic.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.traffic.StormKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final long START = 1_795_305_600_000L; // 2026-11-22T00:00:00Z

    @Test
    void shouldPlayTheSameDayForTheSameSeed() {
        assertThat(play(Scenario.standard(START, 30, 10, 4, 7))).isEqualTo(play(Scenario.standard(START, 30, 10, 4, 7)));
    }

    @Test
    void shouldInjectStormsOfEveryClassAndShape() {
        Scenario scenario = Scenario.standard(START, 1440, 40, 8, 42);

        assertThat(scenario.storms()).extracting(ScenarioStorm::kind).contains(StormKind.values());
        assertThat(scenario.storms()).extracting(ScenarioStorm::shape).contains(StormShape.values());
        assertThat(scenario.storms()).extracting(ScenarioStorm::store).doesNotContain(scenario.doublingStore());
    }

    @Test
    void shouldRaiseTheStormClassOfTheStormAppWhileItLasts() {
        Scenario scenario = Scenario.standard(START, 1440, 40, 8, 42);
        ScenarioStorm burst = scenario.storms().stream().filter(s -> s.shape() == StormShape.BURST).findFirst()
                .orElseThrow();
        List<MinuteCounts> stormApp = new ArrayList<>();
        scenario.play(minute -> minute.stream()
                .filter(c -> c.store().equals(burst.store()) && c.app().equals(burst.app()))
                .forEach(stormApp::add));

        double during = share(stormApp, burst, true);
        double outside = share(stormApp, burst, false);
        assertThat(during).isGreaterThan(0.4);
        assertThat(outside).isLessThan(0.05);
    }

    private static double share(List<MinuteCounts> counts, ScenarioStorm storm, boolean active) {
        long requests = 0;
        long failing = 0;
        for (MinuteCounts c : counts) {
            if (storm.activeAt(c.minuteStartMs()) == active) {
                requests += c.requests();
                failing += switch (storm.kind()) {
                    case AUTH_FAILURE -> c.authFailures();
                    case RATE_LIMITED -> c.rateLimited();
                    case SERVER_ERROR -> c.serverErrors();
                };
            }
        }
        return (double) failing / requests;
    }

    private static List<MinuteCounts> play(Scenario scenario) {
        List<MinuteCounts> all = new ArrayList<>();
        scenario.play(all::addAll);
        return all;
    }
}
