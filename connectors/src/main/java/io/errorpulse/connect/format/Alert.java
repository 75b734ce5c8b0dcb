package io.errorpulse.connect.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One alert record read from the topic, together with the Kafka record it came from (needed to
 * report it to the dead-letter queue if it cannot be delivered).
 *
 * @param record the sink record
 * @param body   the alert as JSON, as documented in docs/alert-record.md
 */
public record Alert(SinkRecord record, ObjectNode body) {

    /** The alert's fingerprint, or its key when the value has none; for logs and errors. */
    public String id() {
        if (body.hasNonNull("fingerprint")) {
            return body.get("fingerprint").asText();
        }
        return String.valueOf(record.key());
    }

    public String status() {
        return body.path("status").asText("firing");
    }
}
