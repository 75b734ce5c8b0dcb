package io.errorpulse.topology;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.state.BoundedMemoryRocksDbConfig;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams properties of an errorpulse instance, derived from its configuration. */
public final class StreamsSettings {

    /**
     * The largest record errorpulse writes to its own topics (partials, changelogs): a window row holds at
     * most 256 apps of 16 codes each, with ids and codes of up to 128 characters and a doc link of up to
     * 2,048: over 1 MiB, Kafka's default, when a tenant fills every bound (about 1.1 MB in ASCII, 3.3 MB at
     * worst), and a record too large for the producer stops the stream. The repartition and changelog topics
     * Kafka Streams creates take records as large.
     */
    static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    private StreamsSettings() {
    }

    /**
     * @param applicationServer this instance's REST host:port, advertised to the others for
     *                          interactive-query routing
     */
    public static Properties from(ErrorpulseConfig config, String applicationServer) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.getString(ErrorpulseConfig.APPLICATION_ID_CONFIG));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.getString(ErrorpulseConfig.STATE_DIR_CONFIG));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.getString(ErrorpulseConfig.PROCESSING_GUARANTEE_CONFIG));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt(ErrorpulseConfig.NUM_STREAM_THREADS_CONFIG));
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.getLong(ErrorpulseConfig.COMMIT_INTERVAL_MS_CONFIG));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG),
                config.getString(ErrorpulseConfig.COMPRESSION_TYPE_CONFIG));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_RECORD_BYTES);
        props.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), Integer.toString(MAX_RECORD_BYTES));
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, config.getLong(ErrorpulseConfig.CACHE_MAX_BYTES_CONFIG));
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingDeadLetterHandler.class.getName());
        props.put(DeadLetterHandler.TOPIC_CONFIG, config.getString(ErrorpulseConfig.TOPIC_DEAD_LETTER_CONFIG));
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.getInt(ErrorpulseConfig.NUM_STANDBY_REPLICAS_CONFIG));
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedMemoryRocksDbConfig.class.getName());
        props.put(BoundedMemoryRocksDbConfig.TOTAL_BYTES_CONFIG, config.getLong(ErrorpulseConfig.ROCKSDB_MEMORY_BYTES_CONFIG));
        props.put(BoundedMemoryRocksDbConfig.WRITE_BUFFER_RATIO_CONFIG,
                config.getDouble(ErrorpulseConfig.ROCKSDB_WRITE_BUFFER_RATIO_CONFIG));
        if (applicationServer != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        props.putAll(config.streamsOverrides());
        return props;
    }
}
