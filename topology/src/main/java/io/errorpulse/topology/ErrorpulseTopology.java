package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.accesslog.RequestClassifier;
import io.errorpulse.detect.ActiveAlert;
import io.errorpulse.detect.AlertProcessor;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.detect.SloHistory;
import io.errorpulse.detect.StoreDetectorState;
import io.errorpulse.state.FlushCheckpoint;
import io.errorpulse.state.OffsetKeepingWindowStore;
import io.errorpulse.state.StoreNames;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.StoreWindowCountsSerde;
import io.errorpulse.state.WindowPartial;
import io.errorpulse.state.WindowPartialSerde;
import io.errorpulse.state.WindowUpdate;
import io.errorpulse.state.WriteBehindKeyValueStore;
import io.errorpulse.state.WriteBehindWindowStore;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;

/**
 * The errorpulse topology as a function of its settings: read -> classify -> combine partial counts
 * per store (before the repartition) -> repartition by store -> merge into the minute and roll-up
 * window stores -> detect -> alerts. It wires named stages and holds no logic.
 */
public final class ErrorpulseTopology {

    /** One-minute counts, one row per (store, window), each holding its per-app vector. */
    public static final String STORE_MINUTE_COUNTS = StoreNames.MINUTE_COUNTS;
    /** Roll-up (hourly by default) counts, same shape, kept longer. */
    public static final String STORE_HOUR_COUNTS = StoreNames.HOUR_COUNTS;
    /** Per input partition, the offset up to which every request is in a forwarded partial (one row each). */
    public static final String PARTIALS_CHECKPOINT = "partials-checkpoint";
    /** Records later than their window's grace period, per store. */
    public static final String LATE_RECORDS = StoreNames.LATE_RECORDS;
    public static final String DETECTOR_STATE = "detector-state";
    public static final String ACTIVE_ALERTS = "active-alerts";
    public static final String SLO_HISTORY = "slo-history";
    /** Name of the repartition (topic {@code <application.id>-by-store-repartition}). */
    public static final String BY_STORE = "by-store";

    private ErrorpulseTopology() {
    }

    /** The stages records pass, in order; each holds the ones before it. */
    public enum Stage {
        /** Read each line: framing, attribution, event time, redaction (unreadable lines to the dead letters). */
        READ,
        /** Classify its response into a canonical error. */
        CLASSIFY,
        /** Combine partial counts per store and window, and repartition them by store. */
        COMBINE,
        /** Merge the partials into the minute and roll-up window stores. */
        COUNT,
        /** Detect spikes and publish alerts: the whole topology. */
        DETECT
    }

    public static Topology build(TopologySettings settings) {
        return build(settings, Stage.DETECT);
    }

    /**
     * The topology up to {@code last}, whose output goes nowhere: what the stages before a later one cost,
     * measured by the benchmark. Only {@link Stage#DETECT} is errorpulse.
     */
    public static Topology build(TopologySettings settings, Stage last) {
        Serde<StoreWindowCounts> countsSerde = new StoreWindowCountsSerde();
        Serde<WindowPartial> partialSerde = new WindowPartialSerde();
        AccessRecordDeserializer accessRecords = new AccessRecordDeserializer(AccessLogReaders.create(settings.accessLogs()));
        Topic<byte[], AccessRecord> accessLogs = new Topic<>(settings.accessLogsTopic(), Serdes.ByteArray(),
                Serdes.serdeFrom(neverWritten(), accessRecords));
        EventTimeExtractor eventTimes = new EventTimeExtractor(settings.windowGrace());
        Topic<String, AlertRecord> alerts = new Topic<>(settings.alertsTopic(), Serdes.String(), new AlertRecordSerde());
        RequestClassifier classifier = new RequestClassifier(settings.envelopes());
        RequestReplay replay = new RequestReplay(settings.committedInput(), accessRecords, eventTimes, classifier);
        WindowAssigner minutes = new WindowAssigner(settings.windowSize(), settings.windowGrace());
        WindowAssigner rollups = new WindowAssigner(settings.rollupSize(), settings.windowGrace());
        StreamsBuilder builder = new StreamsBuilder();

        KStream<byte[], AccessRecord> records = builder.stream(accessLogs.name(), accessLogs.consumed()
                .withTimestampExtractor(eventTimes).withName("read-access-logs"));
        if (last == Stage.READ) {
            return dropped(builder, records);
        }
        KStream<byte[], ClassifiedRequest> classified = records.mapValues(classifier::classify, Named.as("classify"));
        if (last == Stage.CLASSIFY) {
            return dropped(builder, classified);
        }
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PARTIALS_CHECKPOINT),
                Serdes.Integer(), new FlushCheckpoint.FlushCheckpointSerde()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATE_RECORDS),
                Serdes.String(), Serdes.Long()).withCachingEnabled());
        KStream<String, WindowPartial> partials = classified.process(() -> new StorePartialsProcessor<byte[]>(
                PARTIALS_CHECKPOINT, LATE_RECORDS, minutes, settings.flushInterval(), replay),
                Named.as("combine-per-store"), PARTIALS_CHECKPOINT, LATE_RECORDS);
        if (!settings.inputKeyedByStore()) {
            partials = partials.repartition(Repartitioned.with(Serdes.String(), partialSerde).withName(BY_STORE));
        }
        if (last == Stage.COMBINE) {
            return dropped(builder, partials);
        }
        builder.addStateStore(windowStore(STORE_MINUTE_COUNTS, settings.windowRetention(), settings.windowSize(), countsSerde));
        builder.addStateStore(windowStore(STORE_HOUR_COUNTS, settings.rollupRetention(), settings.rollupSize(), countsSerde));
        KStream<String, WindowUpdate> updates = partials.process(() -> new WindowCountsProcessor(STORE_MINUTE_COUNTS,
                STORE_HOUR_COUNTS, rollups), Named.as("count-windows"), STORE_MINUTE_COUNTS, STORE_HOUR_COUNTS);
        if (last == Stage.COUNT) {
            return dropped(builder, updates);
        }
        builder.addStateStore(WriteBehindKeyValueStore.builder(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DETECTOR_STATE),
                Serdes.String(), new StoreDetectorState.StoreDetectorStateSerde()).withCachingEnabled()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ACTIVE_ALERTS),
                Serdes.String(), new ActiveAlert.ActiveAlertSerde()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SLO_HISTORY),
                Serdes.String(), new SloHistory.SloHistorySerde()).withCachingEnabled());
        AlertProcessor.Stores detectorStores = new AlertProcessor.Stores(DETECTOR_STATE, ACTIVE_ALERTS, SLO_HISTORY,
                STORE_MINUTE_COUNTS);
        updates.process(() -> new AlertProcessor(detectorStores, settings.detection()), Named.as("detect"),
                        DETECTOR_STATE, ACTIVE_ALERTS, SLO_HISTORY, STORE_MINUTE_COUNTS)
                .to(alerts.name(), alerts.produced().withName("publish-alerts"));
        io.errorpulse.query.ActiveAlertsTable.addTo(builder, alerts.name());
        return builder.build();
    }

    /** The topology built so far, with {@code stream}'s records dropped at its end. */
    private static <K, V> Topology dropped(StreamsBuilder builder, KStream<K, V> stream) {
        stream.process(DroppedRecords::new, Named.as("drop"));
        return builder.build();
    }

    private static StoreBuilder<TimestampedWindowStore<String, StoreWindowCounts>> windowStore(
            String name, Duration retention, Duration size, Serde<StoreWindowCounts> serde) {
        return WriteBehindWindowStore.builder(Stores.timestampedWindowStoreBuilder(
                OffsetKeepingWindowStore.supplier(Stores.persistentTimestampedWindowStore(name, retention, size, false)),
                Serdes.String(), serde).withCachingEnabled());
    }

    private static Serializer<AccessRecord> neverWritten() {
        return (topic, data) -> {
            throw new UnsupportedOperationException("access records are never written");
        };
    }
}
