package io.errorpulse.topology;

import io.errorpulse.accesslog.Redactor;
import java.nio.charset.StandardCharsets;
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
        return new ProducerRecord<>(topic, null, Redactor.redactLine(key), Redactor.redactLine(value), headers);
    }

    /** Names an unexpected exception by its class only: its message could quote the line. */
    static String unexpected(String kind, Exception exception) {
        return kind + ": " + exception.getClass().getSimpleName();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
