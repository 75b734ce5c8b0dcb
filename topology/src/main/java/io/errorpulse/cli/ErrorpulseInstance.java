package io.errorpulse.cli;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.metrics.PrometheusMetrics;
import io.errorpulse.query.MetadataService;
import io.errorpulse.query.StreamsQueryBackend;
import io.errorpulse.rest.ApiKeys;
import io.errorpulse.rest.RestServer;
import io.errorpulse.rest.RestSettings;
import io.errorpulse.topology.ErrorpulseTopology;
import io.errorpulse.topology.StreamsSettings;
import io.errorpulse.topology.TopologySettings;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One running errorpulse instance: the Kafka Streams topology, its metrics and its REST server,
 * started and stopped together. Lifecycle only; what runs is built elsewhere.
 */
public final class ErrorpulseInstance implements AutoCloseable {

    private final KafkaStreams streams;
    private final RestServer rest;
    private final PrometheusMetrics metrics;
    private final String restBaseUrl;

    private ErrorpulseInstance(KafkaStreams streams, RestServer rest, PrometheusMetrics metrics, String restBaseUrl) {
        this.streams = streams;
        this.rest = rest;
        this.metrics = metrics;
        this.restBaseUrl = restBaseUrl;
    }

    public static ErrorpulseInstance start(ErrorpulseConfig config) {
        return start(config, ErrorpulseTopology.Stage.DETECT);
    }

    /** An instance whose topology stops after {@code last}: for measuring what the stages before it cost. */
    public static ErrorpulseInstance start(ErrorpulseConfig config, ErrorpulseTopology.Stage last) {
        String host = config.getString(ErrorpulseConfig.REST_ADVERTISED_HOST_CONFIG);
        int port = config.getInt(ErrorpulseConfig.REST_PORT_CONFIG);
        String self = host + ":" + port;
        String restBaseUrl = "http://" + self;
        KafkaStreams streams = new KafkaStreams(
                ErrorpulseTopology.build(TopologySettings.from(config, restBaseUrl), last),
                StreamsSettings.from(config, self));
        PrometheusMetrics metrics = new PrometheusMetrics().bind(streams);
        RestServer rest = new RestServer(restSettings(config, port),
                new StreamsQueryBackend(streams, new MetadataService(streams, self), ErrorpulseTopology.STORE_MINUTE_COUNTS),
                metrics, Clock.systemUTC());
        rest.start();
        streams.start();
        return new ErrorpulseInstance(streams, rest, metrics, restBaseUrl);
    }

    private static RestSettings restSettings(ErrorpulseConfig config, int port) {
        return new RestSettings(
                config.getString(ErrorpulseConfig.REST_HOST_CONFIG),
                port,
                ApiKeys.parse(config.getList(ErrorpulseConfig.REST_API_KEYS_CONFIG)),
                config.getBoolean(ErrorpulseConfig.REST_METRICS_OPEN_CONFIG),
                config.duration(ErrorpulseConfig.REST_PEER_TIMEOUT_MS_CONFIG),
                config.duration(ErrorpulseConfig.WINDOW_RETENTION_MS_CONFIG));
    }

    public KafkaStreams streams() {
        return streams;
    }

    public String restBaseUrl() {
        return restBaseUrl;
    }

    /**
     * Stops the instance. It leaves the consumer group as it goes (Kafka Streams by default does not), so
     * that the other instances take its tasks over at once rather than after the session timeout: the
     * stores it counted would otherwise raise no alert for that long.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        rest.close();
        metrics.close();
    }
}
