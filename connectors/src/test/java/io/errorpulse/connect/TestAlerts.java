package io.errorpulse.connect;

import org.apache.kafka.connect.sink.SinkRecord;

/** Alert records as the Streams application writes them, for tests. */
public final class TestAlerts {

    private TestAlerts() {
    }

    /** A firing (or resolved) alert for one store, app app-7, with the documented fields. */
    public static String json(String store, String status) {
        String endsAt = status.equals("resolved") ? "2026-11-22T05:14:12.345Z" : "2099-01-01T00:00:00Z";
        return """
                {"fingerprint":"fp-%1$s","status":"%2$s",
                 "labels":{"alertname":"ErrorpulseAuthFailureSpike","alert_class":"auth_failure","store":"%1$s",
                           "app":"app-7","scope":"app","severity":"critical"},
                 "annotations":{"summary":"auth_failure spike on store %1$s","description":"812 of 900",
                                "top_codes":"invalid_token=700"},
                 "startsAt":"2026-11-22T05:10:12.345Z","endsAt":"%3$s",
                 "generatorURL":"http://127.0.0.1:8080/v1/stores/%1$s/apps/app-7/rates",
                 "observed":{"count":812,"requests":900,"rate":0.902},
                 "baseline":{"rate":0.01,"deviation":0.004},
                 "window":{"start":"2026-11-22T05:10:00Z","end":"2026-11-22T05:11:00Z"}}
                """.formatted(store, status, endsAt);
    }

    public static SinkRecord record(long offset, Object value) {
        return new SinkRecord("error-alerts", 0, null, "fp-" + offset, null, value, offset);
    }

    public static SinkRecord firing(long offset) {
        return record(offset, json(Long.toString(offset), "firing"));
    }
}
