package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.TrafficCounts;
import io.errorpulse.state.WindowUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The spike rule driven directly with per-window counts of one app of one store. */
class SpikeDetectorTest {

    private static final long MINUTE = 60_000L;
    private final DetectionSettings settings = DetectionSettings.defaults(Duration.ofMinutes(1), "http://x");
    private final SpikeDetector detector = new SpikeDetector(settings);
    private final StoreDetectorState state = new StoreDetectorState();
    private final Map<Long, StoreWindowCounts> history = new HashMap<>();
    private final List<AlertEvent> published = new ArrayList<>();
    private final List<AlertEvent> judged = new ArrayList<>();

    @Test
    void shouldNotFireWhenTrafficDoublesAtTheSameErrorRate() {
        for (int m = 0; m < 30; m++) {
            window(m, 1000, 20);
        }
        for (int m = 30; m < 60; m++) {
            window(m, 2000, 40);
        }

        assertThat(published).isEmpty();
    }

    @Test
    void shouldFireOnceAgainstTheLearnedBaselineAndResolveAfterQuietWindows() {
        for (int m = 0; m < 30; m++) {
            window(m, 1000, 20);
        }
        window(30, 1000, 150); // 15 %: far below the static floor, far above a 2 % baseline
        window(31, 1000, 150);
        window(32, 1000, 20);
        window(33, 1000, 20);
        assertThat(kinds()).containsExactly(AlertEvent.Kind.FIRE, AlertEvent.Kind.FIRE);

        window(34, 1000, 20); // the second quiet window (33) has closed

        assertThat(kinds()).containsExactly(AlertEvent.Kind.FIRE, AlertEvent.Kind.FIRE,
                AlertEvent.Kind.RESOLVE, AlertEvent.Kind.RESOLVE);
        AlertRecord fired = published.get(0).record();
        assertThat(fired.baseline().rate()).isBetween(0.015, 0.025);
        assertThat(fired.window().start()).isEqualTo(java.time.Instant.ofEpochMilli(30 * MINUTE).toString());
    }

    @Test
    void shouldCountWindowsWithoutTrafficAsQuiet() {
        window(0, 100, 60);
        window(5, 100, 1);

        assertThat(kinds()).containsExactly(AlertEvent.Kind.FIRE, AlertEvent.Kind.FIRE,
                AlertEvent.Kind.RESOLVE, AlertEvent.Kind.RESOLVE);
    }

    @Test
    void shouldKeepSmallAppsQuietUnderTheMinimumCount() {
        for (int m = 0; m < 60; m++) {
            window(m, 5, m % 3 == 0 ? 3 : 0); // 60 % of a handful of requests
        }

        assertThat(published).isEmpty();
    }

    @Test
    void shouldKeyEveryEventByItsScopeAndClass() {
        window(0, 100, 60);
        window(0, 100, 60);
        window(5, 100, 1);

        AlertKey app = AlertKey.spike("s", "a", AlertClass.AUTH_FAILURE);
        AlertKey store = AlertKey.spike("s", null, AlertClass.AUTH_FAILURE);
        assertThat(judged).extracting(AlertEvent::kind, AlertEvent::key).containsExactly(
                tuple(AlertEvent.Kind.FIRE, app), tuple(AlertEvent.Kind.FIRE, store),
                tuple(AlertEvent.Kind.STILL_FIRING, app), tuple(AlertEvent.Kind.STILL_FIRING, store),
                tuple(AlertEvent.Kind.RESOLVE, app), tuple(AlertEvent.Kind.RESOLVE, store));
        assertThat(judged).allSatisfy(event -> assertThat(event.record().fingerprint()).isEqualTo(event.key().fingerprint()));
    }

    private void window(int minute, long requests, long authFailures) {
        long start = minute * MINUTE;
        StoreWindowCounts counts = new StoreWindowCounts();
        counts.add("a", TrafficCounts.summary(requests, authFailures, 0, 0));
        history.put(start, counts);
        SpikeDetector.Judgement judgement = detector.judge(state, new WindowUpdate("s", start, counts, Set.of("a")),
                (store, windowStart) -> history.get(windowStart), start + 30_000, start + 30_000);
        judged.addAll(judgement.events());
        judgement.events().stream().filter(AlertEvent::published).forEach(published::add);
    }

    private List<AlertEvent.Kind> kinds() {
        return published.stream().map(AlertEvent::kind).toList();
    }
}
