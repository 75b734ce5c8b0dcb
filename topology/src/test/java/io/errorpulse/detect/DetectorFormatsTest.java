package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SLO history and active alert rows of an earlier release still read, and are still written the same. */
class DetectorFormatsTest {

    /** Header (version, newest window 29000003, firing, starts at, 1 quiet window), then 360 slots. */
    private static final String FIRING_HISTORY = "010000000001ba814301000001952018a18000000001"
            + "00".repeat(8 * 200) + "0000007800000007" + "0000005000000000" + "00".repeat(8) + "0000000300000003"
            + "00".repeat(8 * 156);
    private static final String EMPTY_HISTORY = "01800000000000000000000000000000000000000000" + "00".repeat(8 * 360);

    /** Version, last seen, last sent, then the record as on the alerts topic. */
    private static final String SPIKE_ALERT_HEADER = "010000019aab0199000000019aab028360";
    private static final String SPIKE_ALERT_JSON = "{\"fingerprint\":\"0f1e2d3c4b5a6978\",\"status\":\"firing\","
            + "\"labels\":{\"alertname\":\"ErrorpulseAuthFailureSpike\",\"alert_class\":\"auth_failure\",\"store\":\"1042\","
            + "\"app\":\"app-\u00e9\",\"scope\":\"app\",\"severity\":\"critical\"},\"annotations\":{\"summary\":"
            + "\"auth_failure spike\",\"top_codes\":\"invalid_token=12\"},\"startsAt\":\"2026-11-22T10:00:00Z\","
            + "\"endsAt\":\"2026-11-22T10:04:00Z\",\"generatorURL\":\"http://localhost:8080/v1/stores/1042/rates\","
            + "\"observed\":{\"count\":12,\"requests\":40,\"rate\":0.3},\"baseline\":{\"rate\":0.02,\"deviation\":0.01},"
            + "\"window\":{\"start\":\"2026-11-22T10:00:00Z\",\"end\":\"2026-11-22T10:01:00Z\"}}";
    private static final String BURN_ALERT_HEADER = "0100000000000003e800000000000007d0";
    private static final String BURN_ALERT_JSON = "{\"fingerprint\":\"aa\",\"status\":\"resolved\",\"labels\":"
            + "{\"alertname\":\"ErrorpulseErrorBudgetBurn\",\"alert_class\":\"server_error\",\"store\":\"7\"},"
            + "\"annotations\":{},\"startsAt\":\"2026-11-22T10:00:00Z\",\"endsAt\":\"2026-11-22T11:00:00Z\"}";

    private final SloHistory.SloHistorySerde histories = new SloHistory.SloHistorySerde();
    private final ActiveAlert.ActiveAlertSerde alerts = new ActiveAlert.ActiveAlertSerde();

    @Test
    void shouldReadAndWriteSloHistoriesInFormatOne() {
        SloHistory firing = new SloHistory();
        firing.record(29_000_000L, 120, 7);
        firing.record(29_000_001L, 80, 0);
        firing.record(29_000_003L, 3, 3);
        firing.firing = true;
        firing.startsAtMs = 1_740_000_240_000L;
        firing.quietWindows = 1;

        assertHistory(FIRING_HISTORY, firing);
        assertHistory(EMPTY_HISTORY, new SloHistory());
    }

    @Test
    void shouldReadAndWriteActiveAlertsInFormatOne() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", "ErrorpulseAuthFailureSpike");
        labels.put("alert_class", "auth_failure");
        labels.put("store", "1042");
        labels.put("app", "app-\u00e9");
        labels.put("scope", "app");
        labels.put("severity", "critical");
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", "auth_failure spike");
        annotations.put("top_codes", "invalid_token=12");
        AlertRecord spike = new AlertRecord("0f1e2d3c4b5a6978", AlertRecord.FIRING, labels, annotations,
                "2026-11-22T10:00:00Z", "2026-11-22T10:04:00Z", "http://localhost:8080/v1/stores/1042/rates",
                new AlertRecord.Observed(12, 40, 0.3), new AlertRecord.Baseline(0.02, 0.01),
                new AlertRecord.Window("2026-11-22T10:00:00Z", "2026-11-22T10:01:00Z"));
        Map<String, String> burnLabels = new LinkedHashMap<>();
        burnLabels.put("alertname", AlertKey.BURN_RATE_ALERT);
        burnLabels.put("alert_class", "server_error");
        burnLabels.put("store", "7");
        AlertRecord burn = new AlertRecord("aa", AlertRecord.RESOLVED, burnLabels, Map.of(), "2026-11-22T10:00:00Z",
                "2026-11-22T11:00:00Z", null, null, null, null);

        assertAlert(SPIKE_ALERT_HEADER, SPIKE_ALERT_JSON, new ActiveAlert(spike, 1_763_805_600_000L, 1_763_805_660_000L));
        assertAlert(BURN_ALERT_HEADER, BURN_ALERT_JSON, new ActiveAlert(burn, 1_000L, 2_000L));
    }

    private void assertHistory(String hex, SloHistory expected) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        assertThat(histories.deserializer().deserialize("t", bytes)).usingRecursiveComparison().isEqualTo(expected);
        assertThat(histories.serializer().serialize("t", expected)).isEqualTo(bytes);
    }

    private void assertAlert(String headerHex, String json, ActiveAlert expected) {
        byte[] header = HexFormat.of().parseHex(headerHex);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[header.length + body.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(body, 0, bytes, header.length, body.length);

        assertThat(alerts.deserializer().deserialize("t", bytes)).isEqualTo(expected);
        assertThat(alerts.serializer().serialize("t", expected)).isEqualTo(bytes);
    }
}
