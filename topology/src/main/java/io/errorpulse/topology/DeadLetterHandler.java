package io.errorpulse.topology;

import io.errorpulse.accesslog.Redactor;
import io.errorpulse.accesslog.UnreadableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every access-log record that cannot be read to the dead-letter topic, with headers naming the
 * reason and the source topic, partition and offset, and the payload with its credentials redacted.
 * Processing resumes with the next record; the stream thread never dies on input.
 *
 * <p>The reason is the reader's short, stable one ({@link io.errorpulse.accesslog.Reasons}); an
 * unexpected exception is named by its class only, never by its message (which could quote the line).
 * The key is redacted like the value: shippers sometimes key records by request line.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler {

    /** The Streams config key (set by errorpulse) naming the dead-letter topic. */
    public static final String TOPIC_CONFIG = "errorpulse.dead.letter.topic";
    public static final String REASON_HEADER = "errorpulse.reason";
    public static final String SOURCE_TOPIC_HEADER = "errorpulse.source.topic";
    public static final String SOURCE_PARTITION_HEADER = "errorpulse.source.partition";
    public static final String SOURCE_OFFSET_HEADER = "errorpulse.source.offset";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private String topic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(TOPIC_CONFIG);
        if (configured == null) {
            throw new IllegalStateException(TOPIC_CONFIG + " is not set");
        }
        topic = configured.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        String reason = exception instanceof UnreadableRecordException unreadable
                ? unreadable.reason()
                : "reader_error: " + exception.getClass().getSimpleName();
        LOG.debug("dead-lettering {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), reason);
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, utf8(reason));
        headers.add(SOURCE_TOPIC_HEADER, utf8(context.topic()));
        headers.add(SOURCE_PARTITION_HEADER, utf8(Integer.toString(context.partition())));
        headers.add(SOURCE_OFFSET_HEADER, utf8(Long.toString(context.offset())));
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(topic, null, Redactor.redactLine(record.key()),
                Redactor.redactLine(record.value()), headers);
        return Response.resume(List.of(dead));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
