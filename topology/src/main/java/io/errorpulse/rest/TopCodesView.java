package io.errorpulse.rest;

import io.errorpulse.query.WindowCountsReader.WindowCounts;
import io.errorpulse.state.TrafficCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The error codes of a store (or one of its apps) over a range, most frequent first. */
final class TopCodesView {

    private TopCodesView() {
    }

    static JsonFields of(String store, String app, TimeRange range, int limit, List<WindowCounts> windows) {
        TrafficCounts total = new TrafficCounts();
        for (WindowCounts window : windows) {
            TrafficCounts counts = app == null ? window.counts().total() : window.counts().app(app);
            if (counts != null && range.stepIndex(window.windowStart()) >= 0) {
                total.merge(counts);
            }
        }
        List<Map<String, Object>> codes = new ArrayList<>();
        for (Map.Entry<String, Long> code : total.topCodes(limit)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", code.getKey());
            row.put("count", code.getValue());
            row.put("share_of_errors", RatesView.rate(code.getValue(), total.errors()));
            row.put("rate", RatesView.rate(code.getValue(), total.requests()));
            codes.add(row);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("store", store);
        if (app != null) {
            answer.put("app", app);
        }
        answer.put("from", range.from().toString());
        answer.put("to", range.to().toString());
        answer.put("requests", total.requests());
        answer.put("errors", total.errors());
        answer.put("codes", codes);
        return json -> {
            for (Map.Entry<String, Object> field : answer.entrySet()) {
                json.writeObjectField(field.getKey(), field.getValue());
            }
        };
    }
}
