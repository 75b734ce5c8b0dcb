package io.errorpulse.accesslog;

/** Reads one access-log line (one Kafka record value) into an {@link AccessRecord}. */
public interface AccessLogReader {

    /**
     * @throws UnreadableRecordException when the line is not a usable access record
     */
    AccessRecord read(byte[] line);
}
