package io.errorpulse.detect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One alert transition on {@code error-alerts}; the format is documented in docs/alert-record.md.
 * {@code labels}, {@code annotations}, {@code startsAt}, {@code endsAt} and {@code generatorURL} are
 * Alertmanager API v2's postableAlert fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertRecord(
        String fingerprint,
        String status,
        Map<String, String> labels,
        Map<String, String> annotations,
        String startsAt,
        String endsAt,
        @JsonProperty("generatorURL") String generatorURL,
        Observed observed,
        Baseline baseline,
        Window window) {

    public static final String FIRING = "firing";
    public static final String RESOLVED = "resolved";

    public record Observed(long count, long requests, double rate) {
    }

    public record Baseline(double rate, double deviation) {
    }

    public record Window(String start, String end) {
    }

    public boolean firing() {
        return FIRING.equals(status);
    }
}
