package io.errorpulse.detect;

import io.errorpulse.traffic.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;

/** Prints the detection-quality figures of the standard scenario (see docs/detection.md). */
public final class DetectionQualityReport {

    private DetectionQualityReport() {
    }

    /** A day of 40 stores x 8 apps, twelve storms, one store doubling its traffic. */
    static Scenario standardScenario() {
        return Scenario.standard(Instant.parse("2026-11-22T00:00:00Z").toEpochMilli(), 1440, 40, 8, 42);
    }

    public static void main(String[] args) {
        System.out.print(DetectionQuality.score(standardScenario(),
                DetectionSettings.defaults(Duration.ofMinutes(1), "http://localhost:8080")).report());
    }
}
