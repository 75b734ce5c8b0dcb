package io.errorpulse.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.testing.LogCapture;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * The firing alerts as {@code error-alerts} says: the latest transition of each fingerprint in the
 * topic's order, whatever the event times the detector stamped them with.
 */
class ActiveAlertsTableTest {

    private static final String TOPIC = "error-alerts";
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void shouldKeepTheLatestTransitionOfEachAlertInTopicOrderWithoutWarningOfOlderEventTimes() {
        StreamsBuilder builder = new StreamsBuilder();
        ActiveAlertsTable.addTo(builder, TOPIC);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "active-alerts-table-test");
        StringWriter logs = new StringWriter();
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props, T0);
             LogCapture ignored = LogCapture.start(logs)) {
            TestInputTopic<String, AlertRecord> alerts = driver.createInputTopic(TOPIC, new StringSerializer(),
                    new AlertRecordSerde().serializer());
            // stamped with the event time of the window that fired: tasks publish them out of that order
            alerts.pipeInput("a", alert("a", AlertRecord.FIRING), T0.plusSeconds(120));
            alerts.pipeInput("b", alert("b", AlertRecord.FIRING), T0.plusSeconds(60));
            alerts.pipeInput("a", alert("a", AlertRecord.RESOLVED), T0);
            alerts.pipeInput("c", alert("c", AlertRecord.FIRING), T0.minusSeconds(600));

            assertThat(firing(driver.getTimestampedKeyValueStore(ActiveAlertsTable.STORE))).containsExactly("b", "c");
        }
        assertThat(logs.toString()).doesNotContain("out-of-order").doesNotContain("WARN");
    }

    private static List<String> firing(KeyValueStore<String, ?> store) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, ?> all = store.all()) {
            all.forEachRemaining((KeyValue<String, ?> kv) -> keys.add(kv.key));
        }
        return keys;
    }

    private static AlertRecord alert(String fingerprint, String status) {
        String at = T0.toString();
        return new AlertRecord(fingerprint, status, Map.of("alertname", "ErrorpulseSpike", "store", "1042"),
                Map.of("summary", "spike"), at, at, "http://localhost/v1", new AlertRecord.Observed(10, 20, 0.5),
                new AlertRecord.Baseline(0.01, 0.0), new AlertRecord.Window(at, at));
    }
}
