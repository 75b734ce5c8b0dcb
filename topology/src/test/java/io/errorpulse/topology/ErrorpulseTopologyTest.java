package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.EnvelopeClassifier;
import io.errorpulse.envelope.ResponseHeaders;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.TrafficCounts;
import io.micrometer.core.instrument.Metrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErrorpulseTopologyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final String INVALID_TOKEN = "{\"message\":\"Token is invalid\",\"code\":\"invalid_token\",\"status\":401}";
    private static final String OK = "{}";

    private TopologyFixture fixture = new TopologyFixture(Map.of());

    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

    @BeforeAll
    static void meters() {
        Metrics.addRegistry(METERS);
    }

    @AfterAll
    static void removeMeters() {
        Metrics.removeRegistry(METERS);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldCountASeedEnvelopeInItsStoreWindow() {
        fixture.request(T0.plusSeconds(5), "1042", "app-1", 401, INVALID_TOKEN);
        fixture.request(T0.plusSeconds(6), "1042", "app-1", 200, OK);
        fixture.request(T0.plusSeconds(7), "1042", "app-2", 200, OK);
        fixture.flush();

        StoreWindowCounts counts = fixture.minute("1042", T0);
        assertThat(counts.total().requests()).isEqualTo(3);
        assertThat(counts.total().alertClass(AlertClass.AUTH_FAILURE)).isEqualTo(1);
        assertThat(counts.app("app-1").requests()).isEqualTo(2);
        assertThat(counts.app("app-2").requests()).isEqualTo(1);
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
            alos.flush();

            var dead = alos.deadLetters.readRecordsToList();
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader(DeadLetterHandler.REASON_HEADER).value(),
                    java.nio.charset.StandardCharsets.UTF_8)).isNotBlank();
            assertThat(dead.get(0).headers().lastHeader(DeadLetterHandler.SOURCE_OFFSET_HEADER).value())
                    .asString().isEqualTo("0");
            assertThat(alos.minute("7", T0).total().requests()).isEqualTo(1);
        }
    }

    @Test
    void shouldForwardPartialsOnlyOnTheWallClockFlush() {
        fixture.request(T0.plusSeconds(5), "1042", "app-1", 200, OK);
        assertThat(fixture.minute("1042", T0)).isNull();

        fixture.flush();
        fixture.request(T0.plusSeconds(6), "1042", "app-1", 200, OK);
        fixture.flush();

        assertThat(fixture.minute("1042", T0).total().requests()).isEqualTo(2);
    }

    @Test
    void shouldRollMinutesUpIntoTheHourlyWindow() {
        fixture.request(T0.plusSeconds(10), "7", "a", 200, OK);
        fixture.request(T0.plusSeconds(310), "7", "b", 503, OK);
        fixture.flush();

        assertThat(fixture.minute("7", T0).total().requests()).isEqualTo(1);
        assertThat(fixture.minute("7", T0.plusSeconds(300)).total().requests()).isEqualTo(1);
        TrafficCounts hour = fixture.hour("7", T0).total();
        assertThat(hour.requests()).isEqualTo(2);
        assertThat(hour.alertClass(AlertClass.SERVER_ERROR)).isEqualTo(1);
        assertThat(fixture.hour("7", T0).apps()).containsOnlyKeys("a", "b");
    }

    @Test
    void shouldFireAsSoonAsTheOpenWindowCrossesTheLine() {
        for (int i = 0; i < 40; i++) {
            fixture.request(T0.plusMillis(i * 100L), "1042", "app-1", 200, OK);
        }
        fixture.flush();
        assertThat(fixture.alerts.isEmpty()).isTrue();

        for (int i = 0; i < 30; i++) {
            fixture.request(T0.plusSeconds(20).plusMillis(i * 10L), "1042", "app-1", 401, INVALID_TOKEN);
        }
        fixture.flush();

        List<AlertRecord> alerts = fixture.alerts.readValuesToList();
        assertThat(alerts).extracting(AlertRecord::status).containsOnly(AlertRecord.FIRING);
        assertThat(alerts).extracting(a -> a.labels().get("scope")).containsExactlyInAnyOrder("app", "store");
        AlertRecord appAlert = alerts.stream().filter(a -> "app".equals(a.labels().get("scope"))).findFirst().orElseThrow();
        assertThat(appAlert.labels()).containsEntry("alertname", "ErrorpulseAuthFailureSpike")
                .containsEntry("alert_class", "auth_failure").containsEntry("store", "1042").containsEntry("app", "app-1");
        assertThat(appAlert.window().start()).isEqualTo(T0.toString());
        assertThat(Instant.parse(appAlert.startsAt())).isBefore(T0.plusSeconds(60)); // the window was still open
        assertThat(appAlert.observed().count()).isEqualTo(30);
        assertThat(appAlert.observed().requests()).isEqualTo(70);
        assertThat(appAlert.generatorURL())
                .startsWith("http://localhost:8080/v1/stores/1042/apps/app-1/rates?from=")
                .endsWith("&to=" + T0.plusSeconds(60));
        assertThat(Instant.parse(appAlert.endsAt())).isAfter(TopologyFixture.WALL_CLOCK_START);
    }

    @Test
    void shouldNameTheTopCodesAndTheRunbookOfAnAlert() {
        String unauthorized = "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid token\","
                + "\"doc_url\":\"https://docs.example.com/api/errors#UNAUTHORIZED\"}}";
        assumeThat(new EnvelopeClassifier().classify(401, ResponseHeaders.NONE,
                unauthorized.getBytes(StandardCharsets.UTF_8)).code())
                .as("the envelope classifier reads codes").isNotNull();
        for (int i = 0; i < 20; i++) {
            fixture.request(T0.plusSeconds(i), "1042", "app-1", 200, OK);
            fixture.request(T0.plusSeconds(i), "1042", "app-1", 401, unauthorized);
        }
        fixture.flush();

        AlertRecord alert = fixture.alerts.readValuesToList().get(0);
        assertThat(alert.annotations().get("top_codes")).isEqualTo("UNAUTHORIZED=20");
        assertThat(alert.annotations()).containsEntry("runbook_url", "https://docs.example.com/api/errors#UNAUTHORIZED");
    }

    @Test
    void shouldNotFireAgainWhileTheErrorRateStaysHigh() {
        for (int minute = 0; minute < 5; minute++) {
            playMinute(minute, 30, 30);
        }

        List<AlertRecord> alerts = fixture.alerts.readValuesToList();
        assertThat(alerts).extracting(AlertRecord::status).containsOnly(AlertRecord.FIRING);
        assertThat(alerts).extracting(AlertRecord::fingerprint).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void shouldResolveAfterTheConfiguredQuietWindows() {
        playMinute(0, 30, 30);
        playMinute(1, 60, 0);
        playMinute(2, 60, 0);
        assertThat(fixture.alerts.readValuesToList()).extracting(AlertRecord::status).containsOnly(AlertRecord.FIRING);

        playMinute(3, 60, 0); // the second quiet window (minute 2) has closed

        List<AlertRecord> resolved = fixture.alerts.readValuesToList();
        assertThat(resolved).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.status()).isEqualTo(AlertRecord.RESOLVED);
            assertThat(Instant.parse(alert.endsAt())).isAfter(Instant.parse(alert.startsAt()));
        });
    }

    @Test
    void shouldKeepTheLabelsOfAnAlertAcrossAllItsTransitions() {
        playMinute(0, 40, 20); // fires at a moderate rate
        playMinute(1, 5, 55); // the rate rises while it fires
        fixture.advanceWallClock(Duration.ofSeconds(60)); // re-notified at the higher rate

        List<AlertRecord> transitions = fixture.alerts.readValuesToList();
        assertThat(transitions.stream().collect(java.util.stream.Collectors.groupingBy(AlertRecord::fingerprint)))
                .as("each alert was sent at least twice").allSatisfy((fingerprint, sent) -> assertThat(sent).hasSizeGreaterThan(1));
        transitions.stream().collect(java.util.stream.Collectors.groupingBy(AlertRecord::fingerprint))
                .forEach((fingerprint, ofOneAlert) -> assertThat(ofOneAlert).extracting(AlertRecord::labels)
                        .as("labels of alert %s", fingerprint).containsOnly(ofOneAlert.get(0).labels()));
    }

    @Test
    void shouldResolveWhenTrafficStops() {
        playMinute(0, 30, 30);
        assertThat(fixture.alerts.readValuesToList()).hasSize(2);

        fixture.advanceWallClock(Duration.ofMinutes(3).plusSeconds(5));

        assertThat(fixture.alerts.readValuesToList()).hasSize(2)
                .allSatisfy(alert -> assertThat(alert.status()).isEqualTo(AlertRecord.RESOLVED));
    }

    @Test
    void shouldRenotifyAFiringAlertWithItsStartUnchanged() {
        playMinute(0, 30, 30);
        List<AlertRecord> fired = fixture.alerts.readValuesToList();

        fixture.advanceWallClock(Duration.ofSeconds(60));

        List<AlertRecord> again = fixture.alerts.readValuesToList();
        assertThat(again).hasSize(2).allSatisfy(alert -> {
            AlertRecord first = fired.stream().filter(f -> f.fingerprint().equals(alert.fingerprint())).findFirst()
                    .orElseThrow();
            assertThat(alert.status()).isEqualTo(AlertRecord.FIRING);
            assertThat(alert.startsAt()).isEqualTo(first.startsAt());
            assertThat(Instant.parse(alert.endsAt())).isAfter(Instant.parse(first.endsAt()));
        });
    }

    @Test
    void shouldCountALateRecordWithinGraceInItsWindow() {
        fixture.request(T0.plusSeconds(300), "9", "a", 200, OK);
        fixture.request(T0.plusSeconds(10), "9", "a", 200, OK);
        fixture.flush();

        assertThat(fixture.minute("9", T0).total().requests()).isEqualTo(1);
        assertThat(fixture.lateRecords("9")).isZero();
    }

    @Test
    void shouldCountARecordBeyondGraceAsLate() {
        double lateBefore = lateMetric();
        fixture.request(T0.plusSeconds(1200), "9", "a", 200, OK);
        fixture.request(T0.plusSeconds(10), "9", "a", 200, OK);
        fixture.flush();

        assertThat(fixture.minute("9", T0)).isNull();
        assertThat(fixture.lateRecords("9")).isEqualTo(1);
        assertThat(lateMetric() - lateBefore).isEqualTo(1.0);
    }

    @Test
    void shouldNotLetAFarFutureLoggedTimeMakeLaterRecordsLate() {
        // a gateway whose clock says 9999: the line is counted at its Kafka timestamp instead
        fixture.raw(T0.plusSeconds(5), "{\"ts\":\"9999-12-31T00:00:00Z\",\"store_id\":\"9\",\"app_id\":\"a\",\"status\":200}");
        fixture.request(T0.plusSeconds(10), "9", "a", 200, OK);
        fixture.request(T0.plusSeconds(20), "9", "a", 200, OK);
        fixture.flush();

        assertThat(fixture.minute("9", T0).total().requests()).isEqualTo(3);
        assertThat(fixture.lateRecords("9")).isZero();
    }

    @Test
    void shouldNotLetALoggedTimeMoreThanTheGraceAheadMakeLaterRecordsLate() {
        // a gateway clock half an hour fast, three times the grace: the line is counted at its Kafka timestamp
        double futureBefore = futureEventTimeMetric();
        fixture.raw(T0.plusSeconds(5), "{\"ts\":\"" + T0.plus(Duration.ofMinutes(30))
                + "\",\"store_id\":\"9\",\"app_id\":\"a\",\"status\":200}");
        fixture.request(T0.plusSeconds(10), "9", "a", 200, OK);
        fixture.flush();

        StoreWindowCounts minute = fixture.minute("9", T0);
        assertThat(minute).isNotNull();
        assertThat(minute.total().requests()).isEqualTo(2);
        assertThat(fixture.lateRecords("9")).isZero();
        assertThat(futureEventTimeMetric() - futureBefore).isEqualTo(1.0);
    }

    @Test
    void shouldBoundTheCodesOfAWindow() {
        assumeThat(new EnvelopeClassifier().classify(401, ResponseHeaders.NONE,
                "{\"code\":\"made_up_1\"}".getBytes(StandardCharsets.UTF_8)).code())
                .as("the envelope classifier reads codes").isNotNull();
        for (int i = 0; i < 40; i++) {
            fixture.request(T0.plusSeconds(i), "5", "a", 401, "{\"code\":\"made_up_" + i + "\"}");
        }
        fixture.flush();

        Map<String, Long> codes = fixture.minute("5", T0).total().codes();
        assertThat(codes).hasSize(TrafficCounts.MAX_CODES + 1).containsKey(TrafficCounts.OTHER_CODE);
        assertThat(codes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
    }

    @Test
    void shouldCountWithoutARepartitionWhenInputIsKeyedByStore() {
        fixture.close();
        fixture = new TopologyFixture(Map.of(ErrorpulseConfig.INPUT_KEYED_BY_STORE_CONFIG, true));
        fixture.request(T0.plusSeconds(1), "3", "a", 200, OK);
        fixture.request(T0.plusSeconds(2), "3", "b", 200, OK);
        fixture.flush();

        assertThat(fixture.minute("3", T0).total().requests()).isEqualTo(2);
        assertThat(fixture.describe()).doesNotContain(ErrorpulseTopology.BY_STORE);
    }

    @Test
    void shouldRepartitionPartialsNotRequestsByDefault() {
        assertThat(fixture.describe()).contains(ErrorpulseTopology.BY_STORE + "-repartition")
                .contains("combine-per-store").contains("count-windows").contains("detect");
    }

    @Test
    void shouldApplyAPerStoreOverride() {
        fixture.close();
        fixture = new TopologyFixture(Map.of("detect.override.2001.auth_failure.min.events", "1000"));
        for (String store : List.of("2001", "2002")) {
            for (int i = 0; i < 30; i++) {
                fixture.request(T0.plusSeconds(i), store, "a", 200, OK);
                fixture.request(T0.plusSeconds(i), store, "a", 401, INVALID_TOKEN);
            }
        }
        fixture.flush();

        assertThat(fixture.alerts.readValuesToList()).extracting(a -> a.labels().get("store")).containsOnly("2002");
    }

    private void playMinute(int minute, int ok, int authFailures) {
        Instant start = T0.plusSeconds(60L * minute);
        for (int i = 0; i < ok; i++) {
            fixture.request(start.plusMillis(i * 500L), "1042", "app-1", 200, OK);
        }
        for (int i = 0; i < authFailures; i++) {
            fixture.request(start.plusMillis(i * 500L + 250), "1042", "app-1", 401, INVALID_TOKEN);
        }
        fixture.flush();
    }

    private static double lateMetric() {
        var counter = METERS.find("errorpulse.records.late").counter();
        return counter == null ? 0.0 : counter.count();
    }

    private static double futureEventTimeMetric() {
        var counter = METERS.find("errorpulse.records.future.event.time").counter();
        return counter == null ? 0.0 : counter.count();
    }
}
