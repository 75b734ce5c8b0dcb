package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.TrafficCounts;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertRecordsTest {

    private final AlertRecords records = new AlertRecords(DetectionSettings.defaults(Duration.ofMinutes(1), "http://ep:8080"));

    @Test
    void theGeneratorUrlOfAnAlertIsAValidLinkWhateverTheIds() {
        ClassState state = new ClassState();
        state.fire(120_000, 10, null);
        AlertRecord alert = records.firing(AlertKey.spike("eu store/7?x=1", "app&co #2", AlertClass.AUTH_FAILURE), state,
                TrafficCounts.summary(100, 40, 0, 0), 120_000, 130_000);

        URI link = URI.create(alert.generatorURL());
        assertThat(link.getRawPath()).isEqualTo("/v1/stores/eu%20store%2F7%3Fx%3D1/apps/app%26co%20%232/rates");
        assertThat(link.getQuery()).startsWith("from=").contains("&to=");
        assertThat(alert.labels()).containsEntry("store", "eu store/7?x=1").containsEntry("app", "app&co #2");
    }
}
