package io.errorpulse.traffic.framing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.errorpulse.traffic.TrafficGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Traffic of many gateways at once: each store is behind one gateway (its framing chosen by the
 * store id, so a store's lines keep one shape), and every line of a {@link TrafficGenerator} is
 * rewritten in that store's framing. For the benchmark and tests, where the reader must meet the mix
 * a real deployment sees.
 */
public final class FramingMix {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Framing[] ALL = Framing.values();

    private FramingMix() {
    }

    /** The framing of a store's gateway. */
    public static Framing framingOf(String store) {
        return ALL[Math.floorMod(store.hashCode() * 31 + 7, ALL.length)];
    }

    /** A default-framing line (as {@link TrafficGenerator} writes it) in the framing of its store. */
    public static String reframe(String defaultLine) {
        LoggedRequest request = parse(defaultLine);
        return framingOf(request.store()).line(request);
    }

    static LoggedRequest parse(String defaultLine) {
        long ts = 0;
        String store = null;
        String app = null;
        int status = 0;
        String body = "";
        String token = "";
        try (JsonParser p = JSON.createParser(defaultLine)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "ts" -> ts = Instant.parse(p.getText()).toEpochMilli();
                    case "store_id" -> store = p.getText();
                    case "app_id" -> app = p.getText();
                    case "status" -> status = p.getIntValue();
                    case "response_body" -> body = p.getText();
                    case "request_headers" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String header = p.currentName();
                            p.nextToken();
                            if (header.equalsIgnoreCase("authorization")) {
                                token = p.getText().replaceFirst("^Bearer ", "");
                            }
                        }
                    }
                    default -> {
                        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                            p.skipChildren();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a default-framing line", e);
        }
        return new LoggedRequest(ts, store, app, status, body, token);
    }
}
