package io.errorpulse.topology;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** A TopologyTestDriver around the real errorpulse topology, with helpers to play access-log lines. */
final class TopologyFixture implements AutoCloseable {

    final ErrorpulseConfig config;
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> accessLogs;
    final TestOutputTopic<String, AlertRecord> alerts;
    final TestOutputTopic<byte[], byte[]> deadLetters;

    TopologyFixture(Map<String, Object> overrides) {
        Map<String, Object> props = new HashMap<>();
        try {
            props.put(ErrorpulseConfig.STATE_DIR_CONFIG, Files.createTempDirectory("errorpulse-ttd").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        props.putAll(overrides);
        config = new ErrorpulseConfig(props);
        Properties streamsProps = StreamsSettings.from(config, null);
        driver = new TopologyTestDriver(ErrorpulseTopology.build(TopologySettings.from(config, "http://localhost:8080")),
                streamsProps);
        accessLogs = driver.createInputTopic(config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG),
                new ByteArraySerializer(), new ByteArraySerializer());
        alerts = driver.createOutputTopic(config.getString(ErrorpulseConfig.TOPIC_ALERTS_CONFIG),
                new StringDeserializer(), new AlertRecordSerde().deserializer());
        deadLetters = driver.createOutputTopic(config.getString(ErrorpulseConfig.TOPIC_DEAD_LETTER_CONFIG),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Plays one default-framing access-log line at {@code at}. */
    void request(Instant at, String store, String app, int status, String body) {
        String line = "{\"ts\":" + at.toEpochMilli() + ",\"store_id\":\"" + store + "\",\"app_id\":\"" + app
                + "\",\"status\":" + status + ",\"response_body\":" + quote(body) + "}";
        raw(at, line);
    }

    void raw(Instant at, String line) {
        accessLogs.pipeInput(null, line.getBytes(StandardCharsets.UTF_8), at);
    }

    static String quote(String body) {
        if (body == null) {
            return "null";
        }
        return "\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        driver.close();
    }
}
