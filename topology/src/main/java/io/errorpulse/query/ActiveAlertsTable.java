package io.errorpulse.query;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The alerts that fire right now, materialised from the {@code error-alerts} topic itself (keyed by
 * fingerprint, latest transition wins): the topic is the contract, so the answer does not depend on
 * how the detector keeps its own state. A resolved transition deletes its row, so the table holds
 * firing alerts only and stays as small as the set of open alerts. Alerts carry the event time of the
 * window that fired them, and tasks publish them out of that order: a row is stamped with the latest
 * timestamp of its partition so far ({@link NonDecreasingTimestampExtractor}), so that the topic's order
 * decides and Kafka Streams has no older update to warn of.
 */
public final class ActiveAlertsTable {

    /** The store of firing alerts, by fingerprint. */
    public static final String STORE = "firing-alerts";

    private ActiveAlertsTable() {
    }

    /** Adds the table, reading {@code alertsTopic}, to a topology under construction. */
    public static void addTo(StreamsBuilder builder, String alertsTopic) {
        builder.stream(alertsTopic, Consumed.with(Serdes.String(), new AlertRecordSerde())
                        .withTimestampExtractor(new NonDecreasingTimestampExtractor()).withName("read-alerts"))
                .mapValues(alert -> alert != null && alert.firing() ? alert : null, Named.as("firing-or-delete"))
                .toTable(Named.as("active-alerts-table"),
                        Materialized.<String, AlertRecord, KeyValueStore<Bytes, byte[]>>as(STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(new AlertRecordSerde()));
    }

    /**
     * The firing alerts in this instance's active partitions of the table. IQv2's {@link RangeQuery}
     * answers plain values (not {@code ValueAndTimestamp}) even on the DSL's timestamped store.
     */
    public static List<AlertRecord> readActive(KafkaStreams streams) {
        RangeQuery<String, AlertRecord> query = RangeQuery.withNoBounds();
        StateQueryResult<KeyValueIterator<String, AlertRecord>> result =
                streams.query(StateQueryRequest.inStore(STORE).withQuery(query).requireActive());
        List<AlertRecord> alerts = new ArrayList<>();
        for (QueryResult<KeyValueIterator<String, AlertRecord>> partition
                : result.getPartitionResults().values()) {
            if (partition.isFailure()) {
                throw new StoreUnavailableException("active alerts are not queryable: " + partition.getFailureMessage());
            }
            try (KeyValueIterator<String, AlertRecord> it = partition.getResult()) {
                while (it.hasNext()) {
                    KeyValue<String, AlertRecord> row = it.next();
                    if (row.value != null) {
                        alerts.add(row.value);
                    }
                }
            }
        }
        return alerts;
    }
}
