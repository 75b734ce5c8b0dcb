package io.errorpulse.launcher.reliability;

import io.errorpulse.query.WindowCountsReader;
import io.errorpulse.state.TrafficCounts;
import io.errorpulse.topology.ErrorpulseTopology;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;

/** Reads an instance's one-minute counts per store, app and window with the query code the REST API uses. */
final class WindowCounts {

    private WindowCounts() {
    }

    static Map<String, Long> requests(KafkaStreams streams, Collection<String> stores, Instant from, Instant to) {
        WindowCountsReader reader = new WindowCountsReader(streams, ErrorpulseTopology.STORE_MINUTE_COUNTS);
        Map<String, Long> counts = new TreeMap<>();
        for (String store : stores) {
            for (WindowCountsReader.WindowCounts window : reader.read(store, from, to)) {
                for (Map.Entry<String, TrafficCounts> app : window.counts().apps().entrySet()) {
                    counts.put(GroundTruth.key(store, app.getKey(), window.windowStart().toEpochMilli()),
                            app.getValue().requests());
                }
            }
        }
        return counts;
    }
}
