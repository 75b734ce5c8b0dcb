package io.errorpulse.topology;

import io.errorpulse.accesslog.UnreadableRecordException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    public static final String TOPIC_CONFIG = DeadLetters.TOPIC_CONFIG;
    public static final String REASON_HEADER = DeadLetters.REASON_HEADER;
    public static final String SOURCE_TOPIC_HEADER = DeadLetters.SOURCE_TOPIC_HEADER;
    public static final String SOURCE_PARTITION_HEADER = DeadLetters.SOURCE_PARTITION_HEADER;
    public static final String SOURCE_OFFSET_HEADER = DeadLetters.SOURCE_OFFSET_HEADER;
    public static final String ORIGINAL_BYTES_HEADER = DeadLetters.ORIGINAL_BYTES_HEADER;
    public static final String ORIGINAL_KEY_BYTES_HEADER = DeadLetters.ORIGINAL_KEY_BYTES_HEADER;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private String topic;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetters.topic(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        String reason = exception instanceof UnreadableRecordException unreadable
                ? unreadable.reason()
                : DeadLetters.unexpected("reader_error", exception);
        LOG.debug("dead-lettering {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), reason);
        return Response.resume(List.of(DeadLetters.record(topic, context, record.key(), record.value(), reason)));
    }
}
