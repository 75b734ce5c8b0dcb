package io.errorpulse.cli;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.query.WindowCountsReader;
import io.errorpulse.rest.ApiKeys;
import io.errorpulse.rest.RestServer;
import io.errorpulse.topology.ErrorpulseTopology;
import io.errorpulse.topology.StreamsSettings;
import io.errorpulse.topology.TopologySettings;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One running errorpulse instance: the Kafka Streams topology and its REST server, started and
 * stopped together. Lifecycle only; what runs is built elsewhere.
 */
public final class ErrorpulseInstance implements AutoCloseable {

    private final KafkaStreams streams;
    private final RestServer rest;
    private final String restBaseUrl;

    private ErrorpulseInstance(KafkaStreams streams, RestServer rest, String restBaseUrl) {
        this.streams = streams;
        this.rest = rest;
        this.restBaseUrl = restBaseUrl;
    }

    public static ErrorpulseInstance start(ErrorpulseConfig config) {
        String host = config.getString(ErrorpulseConfig.REST_ADVERTISED_HOST_CONFIG);
        int port = config.getInt(ErrorpulseConfig.REST_PORT_CONFIG);
        String restBaseUrl = "http://" + host + ":" + port;
        KafkaStreams streams = new KafkaStreams(
                ErrorpulseTopology.build(TopologySettings.from(config, restBaseUrl)),
                StreamsSettings.from(config, host + ":" + port));
        RestServer rest = new RestServer(config.getString(ErrorpulseConfig.REST_HOST_CONFIG), port,
                ApiKeys.parse(config.getList(ErrorpulseConfig.REST_API_KEYS_CONFIG)),
                new WindowCountsReader(streams, ErrorpulseTopology.STORE_MINUTE_COUNTS),
                RestServer.KafkaStreamsReadiness.of(streams));
        rest.start();
        streams.start();
        return new ErrorpulseInstance(streams, rest, restBaseUrl);
    }

    public KafkaStreams streams() {
        return streams;
    }

    public String restBaseUrl() {
        return restBaseUrl;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        rest.close();
    }
}
