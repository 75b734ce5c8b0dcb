package io.errorpulse.topology;

import io.errorpulse.accesslog.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the records of the dead-letter topic, the same way for every handler that writes there: the
 * redacted key and value, the reason and the source topic, partition and offset as headers.
 */
final class DeadLetters {

    /** The Streams config key (set by errorpulse) naming the dead-letter topic. */
    static final String TOPIC_CONFIG = "errorpulse.dead.letter.topic";
    static final String REASON_HEADER = "errorpulse.reason";
    static final String SOURCE_TOPIC_HEADER = "errorpulse.source.topic";
    static final String SOURCE_PARTITION_HEADER = "errorpulse.source.partition";
    static final String SOURCE_OFFSET_HEADER = "errorpulse.source.offset";
    static final String ORIGINAL_BYTES_HEADER = "errorpulse.original.bytes";
    static final String ORIGINAL_KEY_BYTES_HEADER = "errorpulse.original.key.bytes";

    /**
     * The most bytes of its line a dead letter carries (its redacted form, cut): with its key and headers it
     * stays under Kafka's default record limit (about 1 MiB, the dead-letter topic's {@code max.message.bytes}),
     * which a line as large as the broker takes would exceed once its headers are added or redaction lengthens
     * it, unless compression shrinks it. The whole line stays on the source topic, at the offset the headers
     * give.
     */
    static final int MAX_VALUE_BYTES = 1_000_000;
    /** The most bytes of its record key a dead letter carries. */
    static final int MAX_KEY_BYTES = 16 * 1024;

    private DeadLetters() {
    }

    /** The configured topic; a missing one is a startup error, not a surprise at the first bad record. */
    static String topic(Map<String, ?> configs) {
        Object configured = configs.get(TOPIC_CONFIG);
        if (configured == null || configured.toString().isBlank()) {
            throw new IllegalStateException(TOPIC_CONFIG + " is not set");
        }
        return configured.toString();
    }

    static ProducerRecord<byte[], byte[]> record(String topic, ErrorHandlerContext context, byte[] key, byte[] value,
                                                 String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, utf8(reason));
        headers.add(SOURCE_TOPIC_HEADER, utf8(String.valueOf(context.topic())));
        headers.add(SOURCE_PARTITION_HEADER, utf8(Integer.toString(context.partition())));
        headers.add(SOURCE_OFFSET_HEADER, utf8(Long.toString(context.offset())));
        byte[] deadKey = cut(Redactor.redactLine(key), MAX_KEY_BYTES, key, ORIGINAL_KEY_BYTES_HEADER, headers);
        byte[] deadValue = cut(Redactor.redactLine(value), MAX_VALUE_BYTES, value, ORIGINAL_BYTES_HEADER, headers);
        return new ProducerRecord<>(topic, null, deadKey, deadValue, headers);
    }

    /**
     * {@code redacted} cut to {@code max} bytes, and then a header giving the length of the {@code original}.
     * Cut after redaction, so that no part of a credential is left in what is kept.
     */
    private static byte[] cut(byte[] redacted, int max, byte[] original, String header, RecordHeaders headers) {
        if (redacted == null || redacted.length <= max) {
            return redacted;
        }
        headers.add(header, utf8(Integer.toString(original.length)));
        return Arrays.copyOf(redacted, max);
    }

    /** Names an unexpected exception by its class only: its message could quote the line. */
    static String unexpected(String kind, Exception exception) {
        return kind + ": " + exception.getClass().getSimpleName();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
