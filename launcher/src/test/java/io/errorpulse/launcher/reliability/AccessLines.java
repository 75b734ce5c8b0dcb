package io.errorpulse.launcher.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

/** Access-log lines of the default framing for the reliability tests, and the hostile ones. */
final class AccessLines {

    static final String OK_BODY = "{\"id\":7,\"ok\":true}";
    static final String INVALID_TOKEN_BODY = "{\"message\":\"Token is invalid\",\"code\":\"invalid_token\",\"status\":401}";

    private AccessLines() {
    }

    static String line(long eventTimeMs, String store, String app, int status, String body) {
        return "{\"ts\":\"" + Instant.ofEpochMilli(eventTimeMs) + "\",\"store_id\":\"" + store + "\",\"app_id\":\"" + app
                + "\",\"status\":" + status + ",\"response_body\":\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** Bytes that are no JSON at all (the first byte is never a blank or a brace). */
    static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[50 + random.nextInt(2000)];
        random.nextBytes(bytes);
        bytes[0] = (byte) ('a' + random.nextInt(26));
        return bytes;
    }

    /** A line with a status, whose other member nests thousands of arrays deep. */
    static byte[] deeplyNested(Random random) {
        int depth = 2_000 + random.nextInt(8_000);
        StringBuilder line = new StringBuilder(2 * depth + 64).append("{\"status\":500,\"store_id\":\"s\",\"nest\":");
        line.append("[".repeat(depth)).append("]".repeat(depth)).append('}');
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A line with a huge body, cut off inside that body as a size-limited shipper cuts it. */
    static byte[] hugeTruncated(long eventTimeMs, Random random) {
        String line = line(eventTimeMs, "s", "a", 500, "x".repeat(32 * 1024 + random.nextInt(64 * 1024)));
        return line.substring(0, line.length() - 10).getBytes(StandardCharsets.UTF_8);
    }

    /** A readable line whose body is hostile: huge, or nested far deeper than any envelope. */
    static String hostileBody(long eventTimeMs, String store, String app, Random random) {
        String body = random.nextBoolean()
                ? "{\"error\":{\"code\":\"" + "A".repeat(32 * 1024 + random.nextInt(32 * 1024)) + "\"}}"
                : "[".repeat(5_000) + "]".repeat(5_000);
        return line(eventTimeMs, store, app, 502, body);
    }
}
