package io.errorpulse.traffic;

import java.time.Instant;

/** Writes one request as an access-log line of the default JSON framing, credentials included. */
public final class AccessLogLine {

    private AccessLogLine() {
    }

    public static String defaultFraming(long eventTimeMs, String store, String app, int status, String body,
                                        String bearerToken) {
        StringBuilder line = new StringBuilder(256 + body.length());
        line.append("{\"ts\":\"").append(Instant.ofEpochMilli(eventTimeMs)).append('"')
                .append(",\"method\":\"GET\",\"path\":\"/v1/orders\"")
                .append(",\"store_id\":\"").append(store).append('"')
                .append(",\"app_id\":\"").append(app).append('"')
                .append(",\"status\":").append(status)
                .append(",\"request_headers\":{\"authorization\":\"Bearer ").append(bearerToken).append("\"}")
                .append(",\"response_headers\":{\"content-type\":\"application/json\"}")
                .append(",\"response_body\":\"");
        escape(body, line);
        return line.append("\"}").toString();
    }

    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
