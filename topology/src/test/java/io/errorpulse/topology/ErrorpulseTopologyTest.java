package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.envelope.AlertClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorpulseTopologyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final String INVALID_TOKEN = "{\"message\":\"Token is invalid\",\"code\":\"invalid_token\",\"status\":401}";

    private final TopologyFixture fixture = new TopologyFixture(Map.of());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldCountASeedEnvelopeInItsStoreWindow() {
        fixture.request(T0.plusSeconds(5), "1042", "app-1", 401, INVALID_TOKEN);
        fixture.request(T0.plusSeconds(6), "1042", "app-1", 200, "{}");
        fixture.request(T0.plusSeconds(7), "1042", "app-2", 200, "{}");

        StoreWindowCounts counts = window("1042", T0);
        assertThat(counts.total().requests()).isEqualTo(3);
        assertThat(counts.total().alertClass(AlertClass.AUTH_FAILURE)).isEqualTo(1);
        assertThat(counts.app("app-1").requests()).isEqualTo(2);
        assertThat(counts.app("app-2").requests()).isEqualTo(1);
    }

    @Test
    void shouldFireExactlyOneAlertWhenABurstCrossesTheThreshold() {
        for (int i = 0; i < 100; i++) {
            fixture.request(T0.plusMillis(i * 100L), "1042", "app-1", 200, "{}");
        }
        for (int i = 0; i < 60; i++) {
            fixture.request(T0.plusSeconds(20).plusMillis(i * 10L), "1042", "app-1", 401, INVALID_TOKEN);
        }

        List<AlertRecord> firing = fixture.alerts.readValuesToList().stream().filter(AlertRecord::firing).toList();
        assertThat(firing).extracting(a -> a.labels().get("scope")).containsExactlyInAnyOrder("app", "store");
        AlertRecord appAlert = firing.stream().filter(a -> "app".equals(a.labels().get("scope"))).findFirst().orElseThrow();
        assertThat(appAlert.labels()).containsEntry("alert_class", "auth_failure").containsEntry("store", "1042")
                .containsEntry("app", "app-1");
        assertThat(appAlert.annotations().get("top_codes")).startsWith("invalid_token=");
    }

    @Test
    void shouldSkipGarbageAndStillCountTheNextGoodRecord() {
        fixture.raw(T0, "this is not json");
        fixture.request(T0.plusSeconds(1), "7", "a", 200, "{}");

        assertThat(window("7", T0).total().requests()).isEqualTo(1);
    }

    /**
     * TopologyTestDriver drops the records a deserialization handler dead-letters when it runs under
     * exactly_once_v2 (the real broker does not; see ErrorpulseInstanceIT), so this runs at least once.
     */
    @Test
    void shouldDeadLetterGarbageWithItsReasonAndCountTheNextGoodRecord() {
        try (TopologyFixture alos = new TopologyFixture(Map.of("processing.guarantee", "at_least_once"))) {
            alos.raw(T0, "this is not json");
            alos.request(T0.plusSeconds(1), "7", "a", 200, "{}");

            var dead = alos.deadLetters.readRecordsToList();
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader(DeadLetterHandler.REASON_HEADER).value(),
                    java.nio.charset.StandardCharsets.UTF_8)).isNotBlank();
            assertThat(dead.get(0).headers().lastHeader(DeadLetterHandler.SOURCE_OFFSET_HEADER).value())
                    .asString().isEqualTo("0");
        }
    }

    private StoreWindowCounts window(String store, Instant windowStart) {
        WindowStore<String, ValueAndTimestamp<StoreWindowCounts>> windows =
                fixture.driver.getTimestampedWindowStore(ErrorpulseTopology.STORE_MINUTE_COUNTS);
        try (WindowStoreIterator<ValueAndTimestamp<StoreWindowCounts>> it =
                     windows.fetch(store, windowStart, windowStart.plus(Duration.ofSeconds(1)))) {
            assertThat(it.hasNext()).as("a window for store %s at %s", store, windowStart).isTrue();
            return it.next().value.value();
        }
    }
}
