package io.errorpulse.topology;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a processor fails on a record that was read fine (a bug, or an input no stage foresaw), sends the
 * raw source record to the dead-letter topic, redacted like unreadable lines, with the reason
 * {@code processing_error: <exception class>} and a header naming the processor, and goes on with the
 * next record. Kafka Streams' default would stop the stream thread: one odd request must not stop the
 * counting of all the others. Configure as {@code processing.exception.handler}.
 */
public final class ProcessingDeadLetterHandler implements ProcessingExceptionHandler {

    public static final String PROCESSOR_HEADER = "errorpulse.processor";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingDeadLetterHandler.class);

    private String topic;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetters.topic(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String reason = DeadLetters.unexpected("processing_error", exception);
        LOG.warn("dead-lettering {}-{}@{} after {} failed: {}", context.topic(), context.partition(), context.offset(),
                context.processorNodeId(), reason);
        var dead = DeadLetters.record(topic, context, context.sourceRawKey(), context.sourceRawValue(), reason);
        dead.headers().add(PROCESSOR_HEADER, String.valueOf(context.processorNodeId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Response.resume(List.of(dead));
    }
}
