package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.TrafficCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnRateRuleTest {

    private final BurnRateRule rule = new BurnRateRule(DetectionSettings.defaults(Duration.ofMinutes(1), "http://x"));
    private final SloHistory history = new SloHistory();
    private final List<AlertEvent> events = new ArrayList<>();

    @Test
    void shouldFireOnASlowBurnAndResolveWhenTheShortWindowClears() {
        for (int m = 0; m < 60; m++) {
            close(m, 1000, 2);                  // 0.2 % 5xx: within a 99 % objective
        }
        assertThat(events).isEmpty();

        for (int m = 60; m < 80; m++) {
            close(m, 1000, 400);                // 40 % 5xx: over 6x the budget over 30 min and 6 h
        }
        assertThat(events).extracting(AlertEvent::kind).first().isEqualTo(AlertEvent.Kind.FIRE);
        AlertRecord fired = events.get(0).record();
        assertThat(fired.labels()).containsEntry("alertname", AlertKey.BURN_RATE_ALERT).containsEntry("scope", "store");

        for (int m = 80; m < 130; m++) {
            close(m, 1000, 2);
        }
        assertThat(events.stream().filter(AlertEvent::published).map(AlertEvent::kind).toList())
                .containsExactly(AlertEvent.Kind.FIRE, AlertEvent.Kind.RESOLVE);
    }

    @Test
    void shouldRoundTripItsHistory() {
        close(0, 100, 7);
        SloHistory.SloHistorySerde serde = new SloHistory.SloHistorySerde();

        SloHistory read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", history));

        assertThat(read.sum(5)).containsExactly(100, 7);
    }

    private void close(int minute, long requests, long serverErrors) {
        StoreWindowCounts counts = new StoreWindowCounts();
        counts.add("a", TrafficCounts.summary(requests, 0, 0, serverErrors));
        rule.onClosedWindow(history, "s", minute * 60_000L, counts, minute * 60_000L).ifPresent(events::add);
    }
}
