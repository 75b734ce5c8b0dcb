package io.errorpulse.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    // field names written hundreds of times an answer, encoded once
    private static final SerializedString[] STATUS_CLASSES = names("0xx", "1xx", "2xx", "3xx", "4xx", "5xx");
    private static final SerializedString[] ALERT_CLASSES = java.util.Arrays.stream(AlertClass.ALERTING)
            .map(alertClass -> new SerializedString(alertClass.wireName())).toArray(SerializedString[]::new);
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString REQUESTS = new SerializedString("requests");
    private static final SerializedString ERRORS = new SerializedString("errors");
    private static final SerializedString ERROR_RATE = new SerializedString("error_rate");
    private static final SerializedString STATUS = new SerializedString("status_classes");
    private static final SerializedString ALERTS = new SerializedString("alert_classes");
    private static final SerializedString CODES = new SerializedString("codes");
    private static final SerializedString COUNT = new SerializedString("count");
    private static final SerializedString RATE = new SerializedString("rate");

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
            char[] instantText = new char[20];
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
                json.writeFieldName(START);
                AnswerText.writeInstant(json, steps.get(i).start(), instantText);
                counts(json, sums[i] == null ? empty : sums[i]);
                json.writeEndObject();
            }
            json.writeEndArray();
        };
    }

    private static void counts(JsonGenerator json, TrafficCounts counts) throws IOException {
        long requests = counts.requests();
        json.writeFieldName(REQUESTS);
        json.writeNumber(requests);
        json.writeFieldName(ERRORS);
        json.writeNumber(counts.errors());
        json.writeFieldName(ERROR_RATE);
        AnswerText.writeRate(json, counts.errors(), requests);
        json.writeFieldName(STATUS);
        json.writeStartObject();
        for (int c = 1; c <= 5; c++) {
            if (counts.statusClass(c) > 0) {
                countAndRate(json, STATUS_CLASSES[c], counts.statusClass(c), requests);
            }
        }
        json.writeEndObject();
        json.writeFieldName(ALERTS);
        json.writeStartObject();
        for (int i = 0; i < AlertClass.ALERTING.length; i++) {
            countAndRate(json, ALERT_CLASSES[i], counts.alertClass(AlertClass.ALERTING[i]), requests);
        }
        json.writeEndObject();
        json.writeFieldName(CODES);
        json.writeStartObject();
        for (Map.Entry<String, Long> code : counts.topCodes(TrafficCounts.MAX_CODES + 1)) {
            json.writeFieldName(code.getKey());
            countAndRate(json, code.getValue(), requests);
        }
        json.writeEndObject();
    }

    private static void countAndRate(JsonGenerator json, SerializedString name, long count, long requests)
            throws IOException {
        json.writeFieldName(name);
        countAndRate(json, count, requests);
    }

    /** {"count": n, "rate": r}, after its field name. */
    private static void countAndRate(JsonGenerator json, long count, long requests) throws IOException {
        json.writeStartObject();
        json.writeFieldName(COUNT);
        json.writeNumber(count);
        json.writeFieldName(RATE);
        AnswerText.writeRate(json, count, requests);
        json.writeEndObject();
    }

    private static SerializedString[] names(String... names) {
        return java.util.Arrays.stream(names).map(SerializedString::new).toArray(SerializedString[]::new);
    }

    static double rate(long count, long requests) {
        return requests == 0 ? 0.0 : (double) count / requests;
    }
}
