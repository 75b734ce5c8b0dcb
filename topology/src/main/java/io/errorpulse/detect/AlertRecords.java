package io.errorpulse.detect;

import io.errorpulse.state.TrafficCounts;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the alert records the detector publishes (format: docs/alert-record.md). */
public final class AlertRecords {

    /** Windows of evidence before the alert's window that its generator URL shows. */
    private static final int EVIDENCE_WINDOWS = 30;

    private final DetectionSettings settings;

    public AlertRecords(DetectionSettings settings) {
        this.settings = settings;
    }

    /** A firing spike alert as of {@code counts}; receivers may drop it after the firing validity. */
    public AlertRecord firing(AlertKey key, ClassState state, TrafficCounts counts, long windowStart, long wallMs) {
        return build(key, AlertRecord.FIRING, state.startsAtMs, Instant.ofEpochMilli(wallMs).plus(settings.firingValidity()),
                counts.alertClass(key.alertClass()), counts.requests(), counts, windowStart, baseline(state),
                settings.windowSize().toMillis());
    }

    /** The resolution of a spike alert, at {@code resolvedAtMs}. */
    public AlertRecord resolved(AlertKey key, ClassState state, TrafficCounts counts, long windowStart, long resolvedAtMs) {
        return build(key, AlertRecord.RESOLVED, state.startsAtMs, Instant.ofEpochMilli(resolvedAtMs),
                counts.alertClass(key.alertClass()), counts.requests(), counts, windowStart, baseline(state),
                settings.windowSize().toMillis());
    }

    /** A burn-rate alert: {@code events} 5xx of {@code requests} over the short window starting at {@code windowStart}. */
    public AlertRecord burnRate(AlertKey key, boolean firing, long startsAtMs, Instant endsAt, long events,
                                long requests, TrafficCounts counts, long windowStart, long windowMs) {
        return build(key, firing ? AlertRecord.FIRING : AlertRecord.RESOLVED, startsAtMs, endsAt, events, requests, counts,
                windowStart, new AlertRecord.Baseline(settings.slo().budget(), 0.0), windowMs);
    }

    /** The same alert sent again while it fires, valid until the firing validity after {@code wallMs}. */
    public AlertRecord renotified(AlertRecord last, long wallMs) {
        return withStatus(last, AlertRecord.FIRING, Instant.ofEpochMilli(wallMs).plus(settings.firingValidity()));
    }

    /** A firing alert resolved because its key fell silent: no traffic closed a window. */
    public static AlertRecord silenced(AlertRecord last, long resolvedAtMs) {
        Instant startsAt = Instant.parse(last.startsAt());
        Instant endsAt = Instant.ofEpochMilli(Math.max(resolvedAtMs, startsAt.toEpochMilli()));
        return withStatus(last, AlertRecord.RESOLVED, endsAt);
    }

    private static AlertRecord withStatus(AlertRecord last, String status, Instant endsAt) {
        return new AlertRecord(last.fingerprint(), status, last.labels(), last.annotations(), last.startsAt(),
                endsAt.toString(), last.generatorURL(), last.observed(), last.baseline(), last.window());
    }

    /**
     * The severity of an alert depends on its identity only, never on the figures of the moment:
     * Alertmanager identifies an alert by its whole label set, so a label that changed between firing
     * and resolving would leave the first version open. A wall of 429s warns; rejected credentials,
     * 5xx and error-budget burn are critical.
     */
    static String severity(AlertKey key) {
        return key.alertClass() == io.errorpulse.envelope.AlertClass.RATE_LIMITED
                && !AlertKey.BURN_RATE_ALERT.equals(key.alertName()) ? "warning" : "critical";
    }

    private static AlertRecord.Baseline baseline(ClassState state) {
        return new AlertRecord.Baseline(state.firedMean, state.firedDeviation);
    }

    private AlertRecord build(AlertKey key, String status, long startsAtMs, Instant endsAt, long events,
                              long requests, TrafficCounts counts, long windowStart, AlertRecord.Baseline baseline, long windowMs) {
        double rate = requests == 0 ? 0.0 : (double) events / requests;
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", key.alertName());
        labels.put("alert_class", key.alertClass().wireName());
        labels.put("store", key.store());
        if (key.app() != null) {
            labels.put("app", key.app());
        }
        labels.put("scope", key.app() == null ? "store" : "app");
        labels.put("severity", severity(key));
        String who = "store " + key.store() + (key.app() == null ? "" : " app " + key.app());
        String topCodes = counts.topCodes(5).stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        Instant start = Instant.ofEpochMilli(windowStart);
        Instant end = start.plusMillis(windowMs);
        Map<String, String> annotations = new LinkedHashMap<>();
        boolean burn = AlertKey.BURN_RATE_ALERT.equals(key.alertName());
        annotations.put("summary", String.format(Locale.ROOT, "%s %s on %s: %.1f%% of %d requests",
                key.alertClass().wireName(), burn ? "error-budget burn" : "spike", who, rate * 100, requests));
        String against = burn
                ? String.format(Locale.ROOT, "error budget %.4f (SLO %.4f)", baseline.rate(), settings.slo().objective())
                : baseline.rate() == 0.0 && baseline.deviation() == 0.0
                ? "no baseline learned yet (static floor)"
                : String.format(Locale.ROOT, "baseline rate %.3f (deviation %.3f)", baseline.rate(), baseline.deviation());
        annotations.put("description", String.format(Locale.ROOT,
                "%d of %d requests (rate %.3f) were %s in the window starting %s; %s",
                events, requests, rate, key.alertClass().wireName(), start, against));
        annotations.put("top_codes", topCodes);
        if (counts.docUrl() != null) {
            annotations.put("runbook_url", counts.docUrl());
        }
        String path = key.app() == null
                ? "/v1/stores/" + pathSegment(key.store()) + "/rates"
                : "/v1/stores/" + pathSegment(key.store()) + "/apps/" + pathSegment(key.app()) + "/rates";
        String generatorUrl = settings.restBaseUrl() + path + "?from="
                + start.minus(settings.windowSize().multipliedBy(EVIDENCE_WINDOWS)) + "&to=" + end;
        return new AlertRecord(key.fingerprint(), status, labels, annotations, Instant.ofEpochMilli(startsAtMs).toString(),
                endsAt.toString(), generatorUrl, new AlertRecord.Observed(events, requests, rate), baseline,
                new AlertRecord.Window(start.toString(), end.toString()));
    }

    /** A store or app id as one URL path segment: percent-encoded, spaces as %20. */
    static String pathSegment(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
