package io.errorpulse.launcher.demo;

import io.errorpulse.detect.AlertRecord;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One console line per alert transition: class, store, app, observed rate vs baseline, top codes. */
final class AlertLine {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private AlertLine() {
    }

    static String format(AlertRecord alert) {
        String app = alert.labels().getOrDefault("app", "*");
        String observed = alert.observed() == null ? "" : String.format(Locale.ROOT, "rate %5.1f%% (%d/%d)",
                alert.observed().rate() * 100, alert.observed().count(), alert.observed().requests());
        String baseline = alert.baseline() == null ? "" : String.format(Locale.ROOT, " vs baseline %.1f%%",
                alert.baseline().rate() * 100);
        String codes = alert.annotations() == null ? "" : alert.annotations().getOrDefault("top_codes", "");
        return String.format(Locale.ROOT, "[%s] %-8s %-12s store=%-6s app=%-8s %s%s%s",
                LocalTime.now(ZoneOffset.UTC).format(CLOCK),
                alert.status().toUpperCase(Locale.ROOT),
                alert.labels().get("alert_class"),
                alert.labels().get("store"),
                app,
                observed,
                baseline,
                codes.isEmpty() ? "" : "  top codes: " + codes);
    }
}
