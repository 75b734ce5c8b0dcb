package io.errorpulse.launcher.reliability;

import io.errorpulse.traffic.HostileLines;

/** Access-log lines of the default framing for the reliability tests (the hostile ones: {@link HostileLines}). */
final class AccessLines {

    static final String OK_BODY = "{\"id\":7,\"ok\":true}";
    static final String INVALID_TOKEN_BODY = "{\"message\":\"Token is invalid\",\"code\":\"invalid_token\",\"status\":401}";

    private AccessLines() {
    }

    static String line(long eventTimeMs, String store, String app, int status, String body) {
        return HostileLines.line(eventTimeMs, store, app, status, body);
    }
}
