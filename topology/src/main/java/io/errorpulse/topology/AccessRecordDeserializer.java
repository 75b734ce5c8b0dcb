package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessLogReader;
import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessLogSettings;
import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.Reasons;
import io.errorpulse.accesslog.UnreadableRecordException;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the value of an {@code api-access-logs} record. A line that cannot be read throws
 * {@link UnreadableRecordException}, which the {@link DeadLetterHandler} turns into a dead-letter
 * record: the stream thread never sees it. Shared by all stream threads (the reader is thread-safe).
 */
public final class AccessRecordDeserializer implements Deserializer<AccessRecord> {

    private AccessLogReader reader;

    /** For instantiation from config: the reader is built in {@link #configure(Map, boolean)}. */
    public AccessRecordDeserializer() {
    }

    public AccessRecordDeserializer(AccessLogReader reader) {
        this.reader = reader;
    }

    /** Builds the reader from {@code log.schema}, {@code log.field.*} and {@code log.fingerprint.key} when none was given. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (reader == null) {
            reader = AccessLogReaders.create(AccessLogSettings.fromConfig(configs));
        }
    }

    @Override
    public AccessRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new UnreadableRecordException(Reasons.EMPTY);
        }
        if (reader == null) {
            reader = AccessLogReaders.create(AccessLogSettings.defaults());
        }
        return reader.read(data);
    }
}
