package io.errorpulse.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Which instance hosts which key, from Kafka Streams' own metadata ({@code application.server} of
 * every member). Kept apart from the REST resources: they ask where, this class answers; neither
 * forwards nor reads data.
 */
public final class MetadataService {

    private final KafkaStreams streams;
    private final String self;

    public MetadataService(KafkaStreams streams, String self) {
        this.streams = streams;
        this.self = self;
    }

    public String self() {
        return self;
    }

    /**
     * The active and standby hosts of {@code key} in {@code storeName}.
     *
     * @throws StoreUnavailableException while the metadata is not known (start, rebalance)
     */
    public KeyLocation locate(String storeName, String key) {
        KeyQueryMetadata metadata;
        try {
            metadata = streams.queryMetadataForKey(storeName, key, Serdes.String().serializer());
        } catch (StreamsException | IllegalStateException e) {
            throw new StoreUnavailableException("instance metadata is not available yet", e);
        }
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata) || metadata.activeHost() == null
                || metadata.activeHost().port() < 0) {
            throw new StoreUnavailableException("no instance hosts " + storeName + " yet (rebalance in progress)");
        }
        List<String> standbys = new ArrayList<>();
        metadata.standbyHosts().forEach(host -> standbys.add(name(host)));
        return new KeyLocation(name(metadata.activeHost()), standbys, metadata.partition());
    }

    /** Every instance hosting any of {@code storeNames} (active or standby), sorted, self included. */
    public List<String> instances(Collection<String> storeNames) {
        TreeSet<String> hosts = new TreeSet<>();
        hosts.add(self);
        try {
            for (String storeName : storeNames) {
                for (StreamsMetadata member : streams.streamsMetadataForStore(storeName)) {
                    if (member.port() >= 0) {
                        hosts.add(name(member.hostInfo()));
                    }
                }
            }
        } catch (StreamsException | IllegalStateException e) {
            // Not running: only this instance is known.
        }
        return List.copyOf(hosts);
    }

    /** The changelog lag (records) of this instance's copy of a partition; 0 when unknown. */
    public long localLag(String storeName, int partition) {
        try {
            Map<Integer, LagInfo> lags = streams.allLocalStorePartitionLags().getOrDefault(storeName, Map.of());
            LagInfo lag = lags.get(partition);
            return lag == null ? 0 : Math.max(0, lag.offsetLag());
        } catch (StreamsException | IllegalStateException e) {
            return 0;
        }
    }

    static String name(HostInfo host) {
        return host.host() + ":" + host.port();
    }
}
