package io.errorpulse.topology;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.state.StoreWindowCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;

/** A TopologyTestDriver around the real errorpulse topology, with helpers to play access-log lines. */
final class TopologyFixture implements AutoCloseable {

    /** The test driver's wall clock starts here, independent of the records' event times. */
    static final Instant WALL_CLOCK_START = Instant.parse("2026-11-22T12:00:00Z");

    final ErrorpulseConfig config;
    private final Path stateDir;
    final Topology topology;
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> accessLogs;
    final TestOutputTopic<String, AlertRecord> alerts;
    final TestOutputTopic<byte[], byte[]> deadLetters;

    TopologyFixture(Map<String, Object> overrides) {
        this(overrides, ErrorpulseTopology.Stage.DETECT);
    }

    /** The topology up to {@code last} only (see {@link ErrorpulseTopology.Stage}). */
    TopologyFixture(Map<String, Object> overrides, ErrorpulseTopology.Stage last) {
        Map<String, Object> props = new HashMap<>();
        try {
            stateDir = Files.createTempDirectory("errorpulse-ttd");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.put(ErrorpulseConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.putAll(overrides);
        config = new ErrorpulseConfig(props);
        Properties streamsProps = StreamsSettings.from(config, null);
        topology = ErrorpulseTopology.build(TopologySettings.from(config, "http://localhost:8080"), last);
        driver = new TopologyTestDriver(topology, streamsProps, WALL_CLOCK_START);
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

    /** Lets wall-clock time pass: pending partials are forwarded and firing alerts checked. */
    void advanceWallClock(Duration by) {
        driver.advanceWallClockTime(by);
    }

    /** Lets one flush interval of wall-clock time pass, so that pending partials reach the window stores. */
    void flush() {
        advanceWallClock(Duration.ofMillis(config.getLong(ErrorpulseConfig.PARTIALS_FLUSH_INTERVAL_MS_CONFIG)));
    }

    /** The store's one-minute row of the window starting at {@code windowStart}, or null. */
    StoreWindowCounts minute(String store, Instant windowStart) {
        return row(ErrorpulseTopology.STORE_MINUTE_COUNTS, store, windowStart);
    }

    /** The store's roll-up row of the window starting at {@code windowStart}, or null. */
    StoreWindowCounts hour(String store, Instant windowStart) {
        return row(ErrorpulseTopology.STORE_HOUR_COUNTS, store, windowStart);
    }

    private StoreWindowCounts row(String storeName, String store, Instant windowStart) {
        WindowStore<String, ValueAndTimestamp<StoreWindowCounts>> windows = driver.getTimestampedWindowStore(storeName);
        ValueAndTimestamp<StoreWindowCounts> row = windows.fetch(store, windowStart.toEpochMilli());
        return row == null ? null : row.value();
    }

    /** Records of the store counted as later than the grace period. */
    long lateRecords(String store) {
        KeyValueStore<String, Long> late = driver.getKeyValueStore(ErrorpulseTopology.LATE_RECORDS);
        Long count = late.get(store);
        return count == null ? 0 : count;
    }

    String describe() {
        return topology.describe().toString();
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
        try {
            Utils.delete(stateDir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
