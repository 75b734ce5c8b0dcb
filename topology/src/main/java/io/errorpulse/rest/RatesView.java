package io.errorpulse.rest;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.query.WindowCountsReader.WindowCounts;
import io.errorpulse.state.TrafficCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON answer of a rates query: one entry per window, requests as the denominator. */
public final class RatesView {

    private RatesView() {
    }

    public static Map<String, Object> of(String store, String app, String from, String to, List<WindowCounts> windows) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WindowCounts window : windows) {
            TrafficCounts counts = app == null ? window.counts().total() : window.counts().app(app);
            if (counts != null) {
                rows.add(row(window.windowStart().toString(), counts));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("store", store);
        if (app != null) {
            answer.put("app", app);
        }
        answer.put("from", from);
        answer.put("to", to);
        answer.put("windows", rows);
        return answer;
    }

    private static Map<String, Object> row(String start, TrafficCounts counts) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("start", start);
        row.put("requests", counts.requests());
        row.put("errors", counts.errors());
        Map<String, Long> statusClasses = new LinkedHashMap<>();
        for (int c = 1; c <= 5; c++) {
            statusClasses.put(c + "xx", counts.statusClass(c));
        }
        row.put("status_classes", statusClasses);
        Map<String, Object> alertClasses = new LinkedHashMap<>();
        for (AlertClass alertClass : AlertClass.ALERTING) {
            long n = counts.alertClass(alertClass);
            alertClasses.put(alertClass.wireName(), Map.of("count", n,
                    "rate", counts.requests() == 0 ? 0.0 : (double) n / counts.requests()));
        }
        row.put("alert_classes", alertClasses);
        row.put("codes", counts.codes());
        return row;
    }
}
