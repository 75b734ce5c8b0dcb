package io.errorpulse.connect.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Reads a sink record's value as an alert record, whichever converter the worker uses
 * ({@code StringConverter}, {@code ByteArrayConverter}, or {@code JsonConverter} without schemas),
 * and checks what a receiver needs: non-empty string labels and parseable times.
 */
public final class AlertReader {

    /** @throws InvalidAlertException when the value is not an alert record */
    public Alert read(SinkRecord record) {
        JsonNode node = parse(record.value());
        if (!(node instanceof ObjectNode body)) {
            throw new InvalidAlertException("alert value is not a JSON object");
        }
        checkLabels(body.get("labels"));
        checkTime(body, "startsAt", true);
        checkTime(body, "endsAt", false);
        return new Alert(record, body);
    }

    private static JsonNode parse(Object value) {
        try {
            if (value instanceof String text) {
                return Json.MAPPER.readTree(text);
            }
            if (value instanceof byte[] bytes) {
                return Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            }
            if (value instanceof Map<?, ?> map) {
                return Json.MAPPER.valueToTree(map);
            }
        } catch (JsonProcessingException e) {
            throw new InvalidAlertException("alert value is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidAlertException("alert value cannot be read: " + e.getMessage(), e);
        }
        String type = value == null ? "null" : value.getClass().getSimpleName();
        throw new InvalidAlertException("alert value is a " + type + "; use StringConverter, "
                + "ByteArrayConverter or JsonConverter with schemas.enable=false");
    }

    private static void checkLabels(JsonNode labels) {
        if (labels == null || !labels.isObject() || labels.isEmpty()) {
            throw new InvalidAlertException("alert has no labels");
        }
        labels.properties().forEach(label -> {
            if (!label.getValue().isValueNode() || label.getValue().isNull() || label.getValue().asText().isEmpty()) {
                throw new InvalidAlertException("label '" + label.getKey() + "' is not a non-empty string");
            }
        });
    }

    private static void checkTime(ObjectNode body, String field, boolean required) {
        JsonNode time = body.get(field);
        if (time == null || time.isNull()) {
            if (required) {
                throw new InvalidAlertException("alert has no " + field);
            }
            return;
        }
        try {
            Instant.parse(time.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidAlertException(field + " is not an ISO-8601 instant: " + time.asText(), e);
        }
    }
}
