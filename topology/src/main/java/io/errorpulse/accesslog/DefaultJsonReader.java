package io.errorpulse.accesslog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.errorpulse.envelope.ResponseHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A first reader of the default JSON framing: status, store_id, app_id, ts, response_body. */
final class DefaultJsonReader implements AccessLogReader {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public AccessRecord read(byte[] line) {
        Integer status = null;
        String store = null;
        String app = null;
        long ts = -1;
        byte[] body = null;
        Map<String, String> headers = new HashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableRecordException("not_json_object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "status" -> status = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : parseStatus(p.getValueAsString());
                    case "store_id" -> store = p.getValueAsString();
                    case "app_id" -> app = p.getValueAsString();
                    case "ts" -> ts = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : Instant.parse(p.getText()).toEpochMilli();
                    case "response_body" -> body = t == JsonToken.VALUE_STRING
                            ? p.getText().getBytes(StandardCharsets.UTF_8) : null;
                    case "response_headers" -> {
                        if (t == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String h = p.currentName();
                                p.nextToken();
                                headers.put(h, p.getValueAsString());
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (!"response_headers".equals(name)) {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableRecordException u) {
                throw u;
            }
            throw new UnreadableRecordException("not_json");
        }
        if (status == null) {
            throw new UnreadableRecordException("no_status");
        }
        return new AccessRecord(ts < 0 ? System.currentTimeMillis() : ts, orUnknown(store), orUnknown(app), status,
                ResponseHeaders.of(headers), body, null);
    }

    private static int parseStatus(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new UnreadableRecordException("status_not_numeric");
        }
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() || "-".equals(s) ? AccessRecord.UNKNOWN : s;
    }
}
