package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessLogReader;
import io.errorpulse.accesslog.AccessRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the value of an {@code api-access-logs} record. A line that cannot be read throws
 * {@link io.errorpulse.accesslog.UnreadableRecordException}, which the {@link DeadLetterHandler} turns
 * into a dead-letter record: the stream thread never sees it.
 */
public final class AccessRecordDeserializer implements Deserializer<AccessRecord> {

    private final AccessLogReader reader;

    public AccessRecordDeserializer(AccessLogReader reader) {
        this.reader = reader;
    }

    @Override
    public AccessRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new io.errorpulse.accesslog.UnreadableRecordException("null_value");
        }
        return reader.read(data);
    }
}
