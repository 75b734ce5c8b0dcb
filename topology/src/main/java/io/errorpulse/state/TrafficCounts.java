package io.errorpulse.state;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of one app (or one store over all apps) in one window: requests, errors, per status class,
 * per alert class and per canonical code. The code map is bounded: past {@link #MAX_CODES} distinct
 * codes, new ones fold into {@link #OTHER_CODE}, so a client inventing codes cannot grow a window.
 */
public final class TrafficCounts {

    /** Codes by count, the most frequent first; equal counts by code. */
    private static final Comparator<Map.Entry<String, Long>> MOST_FIRST = Map.Entry.<String, Long>comparingByValue(
            Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey());

    public static final int MAX_CODES = 16;
    public static final String OTHER_CODE = "_other";

    static final int STATUS_CLASSES = 6;
    static final int ALERT_CLASSES = AlertClass.ALERTING.length;

    long requests;
    long errors;
    final long[] statusClasses = new long[STATUS_CLASSES]; // index = status / 100, 0 for anything out of range
    final long[] alertClasses = new long[ALERT_CLASSES];
    final Map<String, Long> codes = new HashMap<>();
    String docUrl;

    public void add(int status, CanonicalError error) {
        requests++;
        int statusClass = status / 100;
        statusClasses[statusClass >= 1 && statusClass <= 5 ? statusClass : 0]++;
        if (!error.isError()) {
            return;
        }
        errors++;
        int alertIndex = error.alertClass().alertingIndex();
        if (alertIndex >= 0) {
            alertClasses[alertIndex]++;
        }
        if (error.code() != null) {
            addCode(error.code(), 1);
        }
        if (error.docUrl() != null) {
            docUrl = error.docUrl();
        }
    }

    /**
     * Counts given as a summary: {@code requests} requests of which {@code byAlertClass[i]} were of
     * {@link AlertClass#ALERTING}[i] (401/429/5xx), the rest successful. For replays of pre-counted traffic.
     */
    public static TrafficCounts summary(long requests, long... byAlertClass) {
        TrafficCounts counts = new TrafficCounts();
        counts.requests = requests;
        long failed = 0;
        for (int i = 0; i < byAlertClass.length && i < counts.alertClasses.length; i++) {
            counts.alertClasses[i] = byAlertClass[i];
            failed += byAlertClass[i];
        }
        counts.errors = failed;
        counts.statusClasses[4] = counts.alertClasses[0] + counts.alertClasses[1];
        counts.statusClasses[5] = counts.alertClasses[2];
        counts.statusClasses[2] = Math.max(0, requests - failed);
        return counts;
    }

    public void merge(TrafficCounts other) {
        requests += other.requests;
        errors += other.errors;
        for (int i = 0; i < statusClasses.length; i++) {
            statusClasses[i] += other.statusClasses[i];
        }
        for (int i = 0; i < alertClasses.length; i++) {
            alertClasses[i] += other.alertClasses[i];
        }
        other.codes.forEach(this::addCode);
        if (other.docUrl != null) {
            docUrl = other.docUrl;
        }
    }

    private void addCode(String code, long count) {
        if (codes.containsKey(code) || codes.size() < MAX_CODES) {
            codes.merge(code, count, Long::sum);
        } else {
            codes.merge(OTHER_CODE, count, Long::sum);
        }
    }

    public long requests() {
        return requests;
    }

    public long errors() {
        return errors;
    }

    /** Requests whose status was {@code statusClass}xx (1..5). */
    public long statusClass(int statusClass) {
        return statusClasses[statusClass];
    }

    public long alertClass(AlertClass alertClass) {
        int index = alertClass.alertingIndex();
        return index < 0 ? 0 : alertClasses[index];
    }

    /** The codes seen, most frequent first, at most {@code limit}. */
    public List<Map.Entry<String, Long>> topCodes(int limit) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(codes.entrySet());
        sorted.sort(MOST_FIRST);
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    public Map<String, Long> codes() {
        return Map.copyOf(codes);
    }

    public String docUrl() {
        return docUrl;
    }
}
