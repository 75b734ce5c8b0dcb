package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessLogSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterTopologyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T05:10:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> input;
    private TestOutputTopic<byte[], String> output;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        driver = new TopologyTestDriver(ReadStageTopology.build(AccessLogReaders.create(AccessLogSettings.defaults())),
                ReadStageTopology.config());
        input = driver.createInputTopic(ReadStageTopology.SOURCE, new ByteArraySerializer(), new ByteArraySerializer());
        output = driver.createOutputTopic(ReadStageTopology.OUT, new ByteArrayDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(ReadStageTopology.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldDeadLetterAPoisonRecordAndPassBothGoodOnesOn() {
        send("{\"ts\":\"2026-11-22T05:00:00Z\",\"status\":200,\"store_id\":\"1042\",\"app_id\":\"a1\"}");
        send("{\"ts\":\"2026-11-22T05:00:01Z\",\"status\":\"teapot\",\"store_id\":\"1042\"}");
        send("{\"ts\":\"2026-11-22T05:00:02Z\",\"status\":401,\"store_id\":\"1042\",\"app_id\":\"a2\"}");

        List<TestRecord<byte[], String>> good = output.readRecordsToList();
        assertThat(good).extracting(TestRecord::value)
                .satisfiesExactly(v -> assertThat(v).startsWith("1042|a1|200|"), v -> assertThat(v).startsWith("1042|a2|401|"));
        List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), DeadLetterHandler.REASON_HEADER)).isEqualTo("status_not_numeric");
        assertThat(header(dead.get(0), DeadLetterHandler.SOURCE_TOPIC_HEADER)).isEqualTo(ReadStageTopology.SOURCE);
        assertThat(header(dead.get(0), DeadLetterHandler.SOURCE_PARTITION_HEADER)).isEqualTo("0");
        assertThat(header(dead.get(0), DeadLetterHandler.SOURCE_OFFSET_HEADER)).isEqualTo("1");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).contains("\"status\":\"teapot\"");
    }

    @Test
    void shouldDeadLetterEveryKindOfUnreadableLineWithItsReason() {
        send("127.0.0.1 - - [22/Nov/2026:05:00:00 +0000] \"GET / HTTP/1.1\" 200 12");
        send("[{\"status\":200}]");
        send("{}");
        send("{\"status\":200,\"ts\":\"2026-11-22T05:00");
        sendBytes(null);

        assertThat(deadLetters.readRecordsToList()).extracting(r -> header(r, DeadLetterHandler.REASON_HEADER))
                .containsExactly("not_json", "not_an_object", "no_status", "truncated", "empty");
        assertThat(output.isEmpty()).isTrue();
    }

    @Test
    void shouldStampRecordsWithTheirEventTimeNotTheProduceTime() {
        send("{\"ts\":\"2026-11-22T02:10:00Z\",\"status\":200}");

        assertThat(output.readRecord().timestamp()).isEqualTo(Instant.parse("2026-11-22T02:10:00Z").toEpochMilli());
    }

    @Test
    void shouldStampALineWithoutTimeWithItsKafkaTimestamp() {
        send("{\"status\":200}");

        assertThat(output.readRecord().timestamp()).isEqualTo(NOW.toEpochMilli());
    }

    private void send(String line) {
        sendBytes(line.getBytes(StandardCharsets.UTF_8));
    }

    private void sendBytes(byte[] value) {
        input.pipeInput(new TestRecord<>(null, value, NOW));
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
