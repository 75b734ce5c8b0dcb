package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.envelope.AlertClass;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreDetectorStateTest {

    @Test
    void shouldRoundTripBaselinesAndFiringAlerts() {
        StoreDetectorState state = new StoreDetectorState();
        ClassState quiet = state.get("a", AlertClass.RATE_LIMITED);
        quiet.windowStart = 60_000L;
        quiet.baseline = new Baseline(0.01, 0.0004, 12);
        ClassState firing = state.get(StoreDetectorState.STORE_SCOPE, AlertClass.SERVER_ERROR);
        firing.fire(61_000L, 0.3, new Baseline(0.02, 0.0001, 40));
        state.sloWindowStart = 120_000L;
        StoreDetectorState.StoreDetectorStateSerde serde = new StoreDetectorState.StoreDetectorStateSerde();

        StoreDetectorState read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", state));

        assertThat(read.sloWindowStart).isEqualTo(120_000L);
        assertThat(read.peek("a", AlertClass.RATE_LIMITED).baseline).isEqualTo(new Baseline(0.01, 0.0004, 12));
        ClassState readFiring = read.peek(StoreDetectorState.STORE_SCOPE, AlertClass.SERVER_ERROR);
        assertThat(readFiring.firing).isTrue();
        assertThat(readFiring.startsAtMs).isEqualTo(61_000L);
        assertThat(readFiring.fireLine).isEqualTo(0.3);
        assertThat(readFiring.firedMean).isEqualTo(0.02);
    }

    @Test
    void shouldRoundTripAnActiveAlertAndSayWhatIsDue() {
        AlertRecord record = new AlertRecord("ab12", AlertRecord.FIRING, Map.of("alertname", "X", "alert_class",
                "auth_failure", "store", "1", "scope", "store", "severity", "warning"), Map.of(), "2026-11-22T10:00:00Z",
                "2026-11-22T10:04:00Z", "http://x", new AlertRecord.Observed(1, 2, 0.5), new AlertRecord.Baseline(0, 0),
                new AlertRecord.Window("a", "b"));
        ActiveAlert alert = new ActiveAlert(record, 1_000L, 2_000L);
        ActiveAlert.ActiveAlertSerde serde = new ActiveAlert.ActiveAlertSerde();
        DetectionSettings settings = DetectionSettings.defaults(java.time.Duration.ofMinutes(1), "http://x");

        ActiveAlert read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", alert));

        assertThat(read).isEqualTo(alert);
        assertThat(read.key()).isEqualTo(new AlertKey("X", "1", null, AlertClass.AUTH_FAILURE));
        assertThat(read.due(30_000L, settings)).isEqualTo(ActiveAlert.Due.NOTHING);
        assertThat(read.due(62_000L, settings)).isEqualTo(ActiveAlert.Due.RENOTIFY);
        assertThat(read.due(1_000L + 180_000L, settings)).isEqualTo(ActiveAlert.Due.RESOLVE_SILENT);
    }
}
