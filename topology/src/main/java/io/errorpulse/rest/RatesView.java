package io.errorpulse.rest;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.query.WindowCountsReader.WindowCounts;
import io.errorpulse.state.TrafficCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON answer of a rates query: the minute windows of one store (or one of its apps) summed into
 * steps, every count with its rate over the step's requests (the denominator), and the same over the
 * whole range. Steps without traffic are present with zeros, so that a chart has no holes.
 */
final class RatesView {

    private RatesView() {
    }

    /** @param app null for the store over all its apps */
    static Map<String, Object> of(String store, String app, TimeRange range, List<WindowCounts> windows) {
        List<TimeRange.Step> steps = range.steps();
        List<TrafficCounts> sums = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            sums.add(new TrafficCounts());
        }
        TrafficCounts total = new TrafficCounts();
        for (WindowCounts window : windows) {
            int index = range.stepIndex(window.windowStart());
            TrafficCounts counts = app == null ? window.counts().total() : window.counts().app(app);
            if (index >= 0 && index < sums.size() && counts != null) {
                sums.get(index).merge(counts);
                total.merge(counts);
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("store", store);
        if (app != null) {
            answer.put("app", app);
        }
        answer.put("from", range.from().toString());
        answer.put("to", range.to().toString());
        answer.put("step", range.stepText());
        answer.put("totals", counts(total));
        List<Map<String, Object>> rows = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("start", steps.get(i).start().toString());
            row.put("end", steps.get(i).end().toString());
            row.putAll(counts(sums.get(i)));
            rows.add(row);
        }
        answer.put("steps", rows);
        return answer;
    }

    static Map<String, Object> counts(TrafficCounts counts) {
        long requests = counts.requests();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("requests", requests);
        row.put("errors", counts.errors());
        row.put("error_rate", rate(counts.errors(), requests));
        Map<String, Object> statusClasses = new LinkedHashMap<>();
        for (int c = 1; c <= 5; c++) {
            statusClasses.put(c + "xx", countAndRate(counts.statusClass(c), requests));
        }
        row.put("status_classes", statusClasses);
        Map<String, Object> alertClasses = new LinkedHashMap<>();
        for (AlertClass alertClass : AlertClass.ALERTING) {
            alertClasses.put(alertClass.wireName(), countAndRate(counts.alertClass(alertClass), requests));
        }
        row.put("alert_classes", alertClasses);
        Map<String, Object> codes = new LinkedHashMap<>();
        for (Map.Entry<String, Long> code : counts.topCodes(TrafficCounts.MAX_CODES + 1)) {
            codes.put(code.getKey(), countAndRate(code.getValue(), requests));
        }
        row.put("codes", codes);
        return row;
    }

    static Map<String, Object> countAndRate(long count, long requests) {
        Map<String, Object> pair = new LinkedHashMap<>(2);
        pair.put("count", count);
        pair.put("rate", rate(count, requests));
        return pair;
    }

    static double rate(long count, long requests) {
        return requests == 0 ? 0.0 : (double) count / requests;
    }
}
