package io.errorpulse.connect.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Turns alert records into the Alertmanager API v2 request body: an array of {@code postableAlert}
 * objects carrying only labels, annotations, startsAt, endsAt and generatorURL, with every label
 * and annotation value as a string (Alertmanager rejects anything else). A resolved alert keeps its
 * past {@code endsAt}, which is how Alertmanager learns that it resolved.
 */
public final class PostableAlert {

    private PostableAlert() {
    }

    public static ArrayNode batch(List<Alert> alerts) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        alerts.forEach(alert -> array.add(of(alert)));
        return array;
    }

    public static ObjectNode of(Alert alert) {
        ObjectNode body = alert.body();
        ObjectNode postable = Json.MAPPER.createObjectNode();
        postable.set("labels", strings(body.get("labels")));
        if (body.path("annotations").isObject()) {
            postable.set("annotations", strings(body.get("annotations")));
        }
        copyText(body, postable, "startsAt");
        copyText(body, postable, "endsAt");
        copyText(body, postable, "generatorURL");
        return postable;
    }

    private static ObjectNode strings(JsonNode source) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        source.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                out.put(field.getKey(), value.asText());
            }
        });
        return out;
    }

    private static void copyText(ObjectNode from, ObjectNode to, String field) {
        JsonNode value = from.get(field);
        if (value != null && !value.isNull() && !value.asText().isEmpty()) {
            to.put(field, value.asText());
        }
    }
}
