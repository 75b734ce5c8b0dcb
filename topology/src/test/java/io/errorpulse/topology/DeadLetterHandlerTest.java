package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.errorpulse.accesslog.UnreadableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterHandlerTest {

    private static final byte[] LINE = "{\"status\":\"x\",\"authorization\":\"Bearer abcdefghijkl\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldResumeWithOneRedactedDeadLetterRecord() {
        DeserializationExceptionHandler.Response response = handler().handleError(context(), record(LINE),
                new UnreadableRecordException("status_not_numeric"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo("dlq");
            assertThat(header(dead, DeadLetterHandler.REASON_HEADER)).isEqualTo("status_not_numeric");
            assertThat(header(dead, DeadLetterHandler.SOURCE_OFFSET_HEADER)).isEqualTo("42");
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).doesNotContain("abcdefghijkl").contains("\"status\":\"x\"");
        });
    }

    @Test
    void shouldNameAnUnexpectedExceptionByItsClassOnly() {
        DeserializationExceptionHandler.Response response = handler().handleError(context(), record(LINE),
                new IllegalStateException("line was Bearer abcdefghijkl"));

        assertThat(header(response.deadLetterQueueRecords().get(0), DeadLetterHandler.REASON_HEADER))
                .isEqualTo("reader_error: IllegalStateException");
    }

    @Test
    void shouldDeadLetterATombstone() {
        DeserializationExceptionHandler.Response response = handler().handleError(context(), record(null),
                new UnreadableRecordException("empty"));

        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(dead -> assertThat(dead.value()).isNull());
    }

    @Test
    void shouldCutALineLargerThanADeadLetterCarriesAfterRedactingIt() {
        String secret = "s3cr3tv4lu3s3cr3tv4lu3";
        // the credential straddles the cut: redacted first, no part of it may be kept
        byte[] line = ("x".repeat(DeadLetters.MAX_VALUE_BYTES - 20) + "&password=" + secret + "&" + "y".repeat(500))
                .getBytes(StandardCharsets.UTF_8);

        ProducerRecord<byte[], byte[]> dead = handler().handleError(context(), record(line),
                new UnreadableRecordException("not_json")).deadLetterQueueRecords().get(0);

        assertThat(dead.value()).hasSize(DeadLetters.MAX_VALUE_BYTES);
        assertThat(header(dead, DeadLetterHandler.ORIGINAL_BYTES_HEADER)).isEqualTo(Integer.toString(line.length));
        String kept = new String(dead.value(), StandardCharsets.UTF_8);
        for (int i = 0; i + 4 <= secret.length(); i++) {
            assertThat(kept).doesNotContain(secret.substring(i, i + 4));
        }
    }

    @Test
    void shouldCutAnOversizedKeyAndSayHowLongItWas() {
        byte[] key = "k".repeat(DeadLetters.MAX_KEY_BYTES + 1).getBytes(StandardCharsets.UTF_8);

        ProducerRecord<byte[], byte[]> dead = handler().handleError(context(),
                new ConsumerRecord<>("api-access-logs", 3, 42L, key, LINE), new UnreadableRecordException("not_json"))
                .deadLetterQueueRecords().get(0);

        assertThat(dead.key()).hasSize(DeadLetters.MAX_KEY_BYTES);
        assertThat(header(dead, DeadLetterHandler.ORIGINAL_KEY_BYTES_HEADER)).isEqualTo(Integer.toString(key.length));
        assertThat(dead.headers().lastHeader(DeadLetterHandler.ORIGINAL_BYTES_HEADER)).isNull();
    }

    @Test
    void shouldKeepALineThatFitsWhole() {
        byte[] line = "x".repeat(DeadLetters.MAX_VALUE_BYTES).getBytes(StandardCharsets.UTF_8);

        ProducerRecord<byte[], byte[]> dead = handler().handleError(context(), record(line),
                new UnreadableRecordException("not_json")).deadLetterQueueRecords().get(0);

        assertThat(dead.value()).isEqualTo(line);
        assertThat(dead.headers().lastHeader(DeadLetterHandler.ORIGINAL_BYTES_HEADER)).isNull();
    }

    @Test
    void shouldRefuseToStartWithoutATopic() {
        assertThatThrownBy(() -> new DeadLetterHandler().configure(Map.of()))
                .hasMessageContaining(DeadLetterHandler.TOPIC_CONFIG);
    }

    private static DeadLetterHandler handler() {
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dlq"));
        return handler;
    }

    private static ConsumerRecord<byte[], byte[]> record(byte[] value) {
        return new ConsumerRecord<>("api-access-logs", 3, 42L, null, value);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return "api-access-logs";
            }

            @Override
            public int partition() {
                return 3;
            }

            @Override
            public long offset() {
                return 42L;
            }

            @Override
            public Headers headers() {
                return new RecordHeaders();
            }

            @Override
            public String processorNodeId() {
                return "read-access-logs";
            }

            @Override
            public TaskId taskId() {
                return new TaskId(0, 3);
            }

            @Override
            public long timestamp() {
                return 0L;
            }

            @Override
            public byte[] sourceRawKey() {
                return null;
            }

            @Override
            public byte[] sourceRawValue() {
                return LINE;
            }
        };
    }
}
