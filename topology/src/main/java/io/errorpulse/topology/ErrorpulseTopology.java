package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.RequestClassifier;
import io.errorpulse.detect.AlertProcessor;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.detect.AlertState;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.StoreWindowCountsSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The errorpulse topology as a function of its settings: read -> classify -> count per store and
 * window (per-app vector inside) -> detect -> alerts. It wires named stages and holds no logic.
 */
public final class ErrorpulseTopology {

    /** One-minute counts, one row per (store, window), each holding its per-app vector. */
    public static final String STORE_MINUTE_COUNTS = "store-minute-counts";
    public static final String ALERT_STATE = "alert-state";

    private ErrorpulseTopology() {
    }

    public static Topology build(TopologySettings settings) {
        Serde<StoreWindowCounts> countsSerde = new StoreWindowCountsSerde();
        Topic<byte[], AccessRecord> accessLogs = new Topic<>(settings.accessLogsTopic(), Serdes.ByteArray(),
                Serdes.serdeFrom(new org.apache.kafka.common.serialization.Serializer<AccessRecord>() {
                    @Override
                    public byte[] serialize(String topic, AccessRecord data) {
                        throw new UnsupportedOperationException("access records are never written");
                    }
                }, new AccessRecordDeserializer(AccessLogReaders.create(settings.accessLogs()))));
        Topic<String, AlertRecord> alerts = new Topic<>(settings.alertsTopic(), Serdes.String(), new AlertRecordSerde());
        RequestClassifier classifier = new RequestClassifier(settings.envelopes());

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALERT_STATE),
                Serdes.String(), new AlertState.AlertStateSerde()));
        builder.stream(accessLogs.name(), accessLogs.consumed().withTimestampExtractor(new EventTimeExtractor())
                        .withName("read-access-logs"))
                .mapValues(classifier::classify, Named.as("classify"))
                .map(StorePartials::of, Named.as("store-partials"))
                .groupByKey(Grouped.with("by-store", Serdes.String(), countsSerde))
                .windowedBy(TimeWindows.ofSizeAndGrace(settings.windowSize(), settings.windowGrace()))
                .reduce(StoreWindowCounts::merge, Named.as("count"),
                        Materialized.<String, StoreWindowCounts, WindowStore<Bytes, byte[]>>as(STORE_MINUTE_COUNTS)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(countsSerde)
                                .withRetention(settings.windowRetention()))
                .toStream(Named.as("window-updates"))
                .process(() -> new AlertProcessor(ALERT_STATE, settings.detection()), Named.as("detect"), ALERT_STATE)
                .to(alerts.name(), alerts.produced().withName("publish-alerts"));
        io.errorpulse.query.ActiveAlertsTable.addTo(builder, alerts.name());
        return builder.build();
    }
}
