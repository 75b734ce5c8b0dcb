package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.TrafficCounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the alert records the detector publishes (format: docs/alert-record.md). */
public final class AlertRecords {

    private final DetectionSettings settings;

    public AlertRecords(DetectionSettings settings) {
        this.settings = settings;
    }

    /** The identity of an alert: store, app (null for the store over all apps) and class. */
    public record AlertKey(String store, String app, AlertClass alertClass) {

        public String storeKey() {
            return store + '\u0000' + (app == null ? "" : app) + '\u0000' + alertClass.wireName();
        }

        public String alertName() {
            return switch (alertClass) {
                case AUTH_FAILURE -> "ErrorpulseAuthFailureSpike";
                case RATE_LIMITED -> "ErrorpulseRateLimitedSpike";
                case SERVER_ERROR -> "ErrorpulseServerErrorSpike";
                case NONE -> throw new IllegalArgumentException("no alert for class none");
            };
        }

        public String fingerprint() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                        (alertName() + '|' + storeKey()).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public AlertRecord firing(AlertKey key, AlertState state, TrafficCounts counts, long windowStart) {
        Instant endsAt = Instant.ofEpochMilli(state.lastSentMs()).plus(settings.renotify().multipliedBy(4));
        return build(key, AlertRecord.FIRING, state.startsAtMs(), endsAt.toString(), counts, windowStart);
    }

    public AlertRecord resolved(AlertKey key, long startsAtMs, long resolvedAtMs, TrafficCounts counts, long windowStart) {
        return build(key, AlertRecord.RESOLVED, startsAtMs, Instant.ofEpochMilli(resolvedAtMs).toString(), counts,
                windowStart);
    }

    private AlertRecord build(AlertKey key, String status, long startsAtMs, String endsAt, TrafficCounts counts,
                              long windowStart) {
        long events = counts.alertClass(key.alertClass());
        double rate = counts.requests() == 0 ? 0.0 : (double) events / counts.requests();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", key.alertName());
        labels.put("alert_class", key.alertClass().wireName());
        labels.put("store", key.store());
        if (key.app() != null) {
            labels.put("app", key.app());
        }
        labels.put("scope", key.app() == null ? "store" : "app");
        labels.put("severity", rate >= 0.5 ? "critical" : "warning");
        String who = "store " + key.store() + (key.app() == null ? "" : " app " + key.app());
        String topCodes = counts.topCodes(5).stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        Instant start = Instant.ofEpochMilli(windowStart);
        Instant end = start.plus(settings.windowSize());
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", String.format(Locale.ROOT, "%s spike on %s: %.1f%% of %d requests",
                key.alertClass().wireName(), who, rate * 100, counts.requests()));
        annotations.put("description", String.format(Locale.ROOT,
                "%d of %d requests (rate %.3f) were %s in the window starting %s; static floor %.3f",
                events, counts.requests(), rate, key.alertClass().wireName(), start, settings.rateFloor()));
        annotations.put("top_codes", topCodes);
        if (counts.docUrl() != null) {
            annotations.put("runbook_url", counts.docUrl());
        }
        String path = key.app() == null
                ? "/v1/stores/" + key.store() + "/rates"
                : "/v1/stores/" + key.store() + "/apps/" + key.app() + "/rates";
        String generatorUrl = settings.restBaseUrl() + path + "?from=" + start.minus(settings.windowSize().multipliedBy(30))
                + "&to=" + end;
        return new AlertRecord(key.fingerprint(), status, labels, annotations, Instant.ofEpochMilli(startsAtMs).toString(),
                endsAt, generatorUrl, new AlertRecord.Observed(events, counts.requests(), rate),
                new AlertRecord.Baseline(0.0, 0.0), new AlertRecord.Window(start.toString(), end.toString()));
    }
}
