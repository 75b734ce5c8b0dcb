package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.accesslog.AccessLogReader;
import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessLogSettings;
import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.accesslog.Redactor;
import io.errorpulse.accesslog.RequestClassifier;
import io.errorpulse.accesslog.Samples;
import io.errorpulse.accesslog.UnreadableRecordException;
import io.errorpulse.cli.ClassifiedLines;
import io.errorpulse.envelope.EnvelopeClassifier;
import io.errorpulse.testing.LogCapture;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Plants credentials in every place gateways log them (see {@link Samples}) and scans everything the
 * read stage can emit for them: records passed on, classifier output, {@code classify} output,
 * dead-letter records (value, key, headers), {@link Redactor} output, and every log line written
 * meanwhile at DEBUG.
 */
class CredentialLeakTest {

    private static final AccessLogReader READER = AccessLogReaders.create(AccessLogSettings.defaults());

    /** Lines that cannot be read, each still carrying the planted secrets. */
    private static Map<String, byte[]> poisonLines() {
        Map<String, byte[]> lines = new LinkedHashMap<>();
        for (String file : Samples.FILES) {
            byte[] line = Samples.line(file);
            lines.put(file + " cut off", Arrays.copyOf(line, line.length - 2));
            lines.put(file + " with a non-numeric status", withNonNumericStatus(Samples.text(file)));
        }
        lines.put("nginx combined text", ("203.0.113.9 - - [22/Nov/2026:05:00:05 +0000] \"GET /v1/orders?store_id=7007"
                + "&api_key=sk_live_51HxQ2eZvKYlo2C9f8T1 HTTP/1.1\" 401 52 \"-\" \"sx-sdk/2.1\" \"Bearer "
                + "ya29.Opaq-ueTok3n-9f8e7d6c5b4a\" \"Basic YmlsbGluZy1zdmM6aHVudGVyMi1Db3JyZWN0LUhvcnNl\"")
                .getBytes(StandardCharsets.UTF_8));
        lines.put("nginx without escape=json", ("{\"status\":\"401\",\"http_authorization\":\"Bearer "
                + "ya29.Opaq-ueTok3n-9f8e7d6c5b4a\",\"request\":\"GET /?token=qtok-8d7c6b5a4f3e HTTP/1.1\","
                + "\"http_x_client_secret\":\"sx_secret_Qw3Er5Ty7Ui9Op1As\",\"ua\":\"\\x22curl\\x22\"}")
                .getBytes(StandardCharsets.UTF_8));
        lines.put("header dump", ("GET /v1/keys HTTP/1.1\r\nAuthorization: Basic YmlsbGluZy1zdmM6aHVudGVyMi1Db3JyZWN0LUhvcnNl"
                + "\r\nX-Api-Key: Xk7pQ2vR9sT4uW6yZ8aB0cD\r\nX-Client-Secret: Kq-opaque-query-key\r\n"
                + "Cookie: sid=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDQyIiwiYXBwIjoic3hfYXBwXzlmOGUifQ"
                + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk\r\n\r\nbilling-svc:hunter2-Correct-Horse")
                .getBytes(StandardCharsets.UTF_8));
        byte[] binary = Samples.line("kong");
        binary[5] = (byte) 0xff;
        binary[6] = 0;
        lines.put("binary", binary);
        return lines;
    }

    /** Puts {@code "x"} where the status was; the original value moves to a member nobody reads. */
    private static byte[] withNonNumericStatus(String line) {
        String out = line.replace("{\"intValue\":\"401\"}", "{\"stringValue\":\"x\"}");
        for (String member : new String[] {"status_code\":", "\"response_code\":", "\"status\":"}) {
            out = out.replace(member, member + "\"x\",\"_\":");
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldFindNoPlantedSecretInAnythingTheReadStageEmits() throws Exception {
        List<String[]> outputs = new ArrayList<>();
        StringWriter logs = new StringWriter();
        try (LogCapture ignored = LogCapture.start(logs)) {
            runThroughTopology(outputs);
        }
        assertThat(logs.toString()).as("captured logs").contains("dead-lettering");
        outputs.add(new String[] {"logs", logs.toString()});
        RequestClassifier classifier = new RequestClassifier(new EnvelopeClassifier());
        ClassifiedLines classify = new ClassifiedLines(READER, classifier);
        for (String file : Samples.FILES) {
            String printed = classify.classifyLine(1, Samples.text(file));
            assertThat(printed).as("classify %s", file).contains("\"ok\":true");
            outputs.add(new String[] {file + " classify", printed});
            AccessRecord r = READER.read(Samples.line(file));
            ClassifiedRequest c = classifier.classify(r);
            outputs.add(new String[] {file + " record", ReadStageTopology.render(r) + " " + r});
            outputs.add(new String[] {file + " classified", c.error().toString()});
            outputs.add(new String[] {file + " redacted", utf8(Redactor.redactLine(Samples.line(file)))});
        }
        for (Map.Entry<String, byte[]> poison : poisonLines().entrySet()) {
            String name = poison.getKey();
            byte[] line = poison.getValue();
            String printed = classify.classifyLine(2, utf8(line));
            assertThat(printed).as("classify %s", name).contains("\"ok\":false");
            outputs.add(new String[] {name + " classify", printed});
            outputs.add(new String[] {name + " redacted", utf8(Redactor.redactLine(line))});
            try {
                READER.read(line);
            } catch (UnreadableRecordException e) {
                outputs.add(new String[] {name + " reason", e.reason() + " " + e.getMessage() + " " + e});
            }
        }

        assertThat(outputs).hasSizeGreaterThan(50);
        for (String[] output : outputs) {
            for (String secret : Samples.PLANTED_SECRETS) {
                assertThat(output[1]).as("%s leaks %s", output[0], secret).doesNotContain(secret);
            }
        }
    }

    @Test
    void shouldKeepTheShapeOfADeadLetteredLineReadable() {
        byte[] cut = Arrays.copyOf(Samples.line("default"), Samples.line("default").length - 2);

        String redacted = utf8(Redactor.redactLine(cut));

        assertThat(redacted).contains("\"status\":401", "\"store_id\":1042", "\"code\":\"invalid_token\"",
                "\"Authorization\":\"[redacted]\"", "access token [redacted]", "api_key=[redacted]\"");
    }

    private static void runThroughTopology(List<String[]> outputs) {
        try (TopologyTestDriver driver = new TopologyTestDriver(ReadStageTopology.build(READER), ReadStageTopology.config())) {
            TestInputTopic<byte[], byte[]> input = driver.createInputTopic(ReadStageTopology.SOURCE,
                    new ByteArraySerializer(), new ByteArraySerializer());
            Instant now = Instant.parse("2026-11-22T05:10:00Z");
            byte[] key = "GET /v1/orders?api_key=Xk7pQ2vR9sT4uW6yZ8aB0cD".getBytes(StandardCharsets.UTF_8);
            for (String file : Samples.FILES) {
                input.pipeInput(new TestRecord<>(key, Samples.line(file), now));
            }
            Map<String, byte[]> poison = poisonLines();
            poison.values().forEach(line -> input.pipeInput(new TestRecord<>(key, line, now)));

            List<TestRecord<byte[], String>> good = driver.createOutputTopic(ReadStageTopology.OUT,
                    new ByteArrayDeserializer(), new StringDeserializer()).readRecordsToList();
            List<TestRecord<byte[], byte[]>> dead = driver.createOutputTopic(ReadStageTopology.DLQ,
                    new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
            assertThat(good).hasSize(Samples.FILES.size());
            assertThat(dead).hasSize(poison.size());
            good.forEach(r -> outputs.add(new String[] {"record passed on", r.value()}));
            for (TestRecord<byte[], byte[]> r : dead) {
                StringBuilder headers = new StringBuilder();
                for (Header h : r.headers()) {
                    headers.append(h.key()).append('=').append(utf8(h.value())).append(' ');
                }
                outputs.add(new String[] {"dead letter " + headers, utf8(r.value()) + " " + utf8(r.key()) + " " + headers});
            }
        }
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
