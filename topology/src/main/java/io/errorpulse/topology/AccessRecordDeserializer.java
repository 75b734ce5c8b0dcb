package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessLogReader;
import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.Reasons;
import io.errorpulse.accesslog.UnreadableRecordException;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the value of an {@code api-access-logs} record. A line that cannot be read throws
 * {@link UnreadableRecordException}, which the {@link DeadLetterHandler} turns into a dead-letter
 * record: the stream thread never sees it. Shared by all stream threads (the reader is thread-safe).
 */
public final class AccessRecordDeserializer implements Deserializer<AccessRecord> {

    private final AccessLogReader reader;

    public AccessRecordDeserializer(AccessLogReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public AccessRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new UnreadableRecordException(Reasons.EMPTY);
        }
        return reader.read(data);
    }
}
