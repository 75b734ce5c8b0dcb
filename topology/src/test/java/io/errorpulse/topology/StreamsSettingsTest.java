package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.errorpulse.config.ErrorpulseConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    private static Map<String, Object> producerOf(Map<String, Object> settings) {
        Properties props = StreamsSettings.from(new ErrorpulseConfig(settings), null);
        return new StreamsConfig(props).getProducerConfigs("client");
    }

    @Test
    void shouldCompressWhatItWritesWithLz4ByDefault() {
        assertThat(producerOf(Map.of())).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    }

    @Test
    void shouldTakeTheCompressionOfItsOwnKey() {
        assertThat(producerOf(Map.of(ErrorpulseConfig.COMPRESSION_TYPE_CONFIG, "none")))
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
    }

    @Test
    void shouldLetAStreamsProducerSettingWin() {
        assertThat(producerOf(Map.of(ErrorpulseConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ErrorpulseConfig.STREAMS_PREFIX + "producer.compression.type", "zstd")))
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    }

    @Test
    void shouldLetItsProducerAndInternalTopicsTakeTheLargestWindowRow() {
        Properties props = StreamsSettings.from(new ErrorpulseConfig(Map.of()), null);
        StreamsConfig config = new StreamsConfig(props);

        assertThat(config.getProducerConfigs("client")).containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                StreamsSettings.MAX_RECORD_BYTES);
        assertThat(config.originalsWithPrefix(StreamsConfig.TOPIC_PREFIX)).containsEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                Integer.toString(StreamsSettings.MAX_RECORD_BYTES));
    }

    @Test
    void shouldRefuseAnUnknownCompression() {
        assertThatThrownBy(() -> new ErrorpulseConfig(Map.of(ErrorpulseConfig.COMPRESSION_TYPE_CONFIG, "brotli")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("compression.type");
    }
}
