package io.errorpulse.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** The JSON form of {@link AlertRecord} on the alerts topic. */
public final class AlertRecordSerde implements Serde<AlertRecord> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Serializer<AlertRecord> serializer() {
        return (topic, alert) -> {
            try {
                return alert == null ? null : MAPPER.writeValueAsBytes(alert);
            } catch (IOException e) {
                throw new SerializationException("cannot write alert " + alert.fingerprint(), e);
            }
        };
    }

    @Override
    public Deserializer<AlertRecord> deserializer() {
        return (topic, data) -> {
            try {
                return data == null ? null : MAPPER.readValue(data, AlertRecord.class);
            } catch (IOException e) {
                throw new SerializationException("not an alert record", e);
            }
        };
    }
}
