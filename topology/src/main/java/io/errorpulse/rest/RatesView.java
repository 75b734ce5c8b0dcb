package io.errorpulse.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.errorpulse.envelope.AlertClass;
import io.errorpulse.query.WindowCountsReader.WindowCounts;
import io.errorpulse.state.TrafficCounts;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON answer of a rates query: the minute windows of one store (or one of its apps) summed into
 * steps, every count with its rate over the step's requests (the denominator), and the same over the
 * whole range. Steps without traffic are present with zeros, so that a chart has no holes; within a
 * step, status classes and codes that did not occur are left out (absent means zero) to keep a
 * one-hour answer small, while the three alert classes are always present.
 */
final class RatesView {

    private static final String[] STATUS_CLASSES = {"0xx", "1xx", "2xx", "3xx", "4xx", "5xx"};

    private RatesView() {
    }

    /** @param app null for the store over all its apps */
    static JsonFields of(String store, String app, TimeRange range, List<WindowCounts> windows) {
        List<TimeRange.Step> steps = range.steps();
        TrafficCounts[] sums = new TrafficCounts[steps.size()];
        TrafficCounts total = new TrafficCounts();
        for (WindowCounts window : windows) {
            int index = range.stepIndex(window.windowStart());
            TrafficCounts counts = app == null ? window.counts().total() : window.counts().app(app);
            if (index >= 0 && index < sums.length && counts != null) {
                if (sums[index] == null) {
                    sums[index] = new TrafficCounts();
                }
                sums[index].merge(counts);
                total.merge(counts);
            }
        }
        TrafficCounts empty = new TrafficCounts();
        return json -> {
            json.writeStringField("store", store);
            if (app != null) {
                json.writeStringField("app", app);
            }
            json.writeStringField("from", range.from().toString());
            json.writeStringField("to", range.to().toString());
            json.writeStringField("step", range.stepText());
            json.writeFieldName("totals");
            json.writeStartObject();
            counts(json, total);
            json.writeEndObject();
            json.writeArrayFieldStart("steps");
            for (int i = 0; i < sums.length; i++) {
                json.writeStartObject();
                json.writeStringField("start", steps.get(i).start().toString());
                counts(json, sums[i] == null ? empty : sums[i]);
                json.writeEndObject();
            }
            json.writeEndArray();
        };
    }

    private static void counts(JsonGenerator json, TrafficCounts counts) throws IOException {
        long requests = counts.requests();
        json.writeNumberField("requests", requests);
        json.writeNumberField("errors", counts.errors());
        json.writeNumberField("error_rate", rate(counts.errors(), requests));
        json.writeObjectFieldStart("status_classes");
        for (int c = 1; c <= 5; c++) {
            if (counts.statusClass(c) > 0) {
                countAndRate(json, STATUS_CLASSES[c], counts.statusClass(c), requests);
            }
        }
        json.writeEndObject();
        json.writeObjectFieldStart("alert_classes");
        for (AlertClass alertClass : AlertClass.ALERTING) {
            countAndRate(json, alertClass.wireName(), counts.alertClass(alertClass), requests);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("codes");
        for (Map.Entry<String, Long> code : counts.topCodes(TrafficCounts.MAX_CODES + 1)) {
            countAndRate(json, code.getKey(), code.getValue(), requests);
        }
        json.writeEndObject();
    }

    private static void countAndRate(JsonGenerator json, String name, long count, long requests) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("count", count);
        json.writeNumberField("rate", rate(count, requests));
        json.writeEndObject();
    }

    static double rate(long count, long requests) {
        return requests == 0 ? 0.0 : (double) count / requests;
    }
}
