package io.errorpulse.traffic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

/**
 * Hostile access-log records, in errorpulse's default JSON framing where they are lines at all: bytes that
 * are no JSON, arrays nested thousands deep, huge lines cut off as a size-limited shipper cuts them, and
 * readable lines whose response body is huge or absurdly nested. The first three kinds are unreadable (a
 * stream dead-letters them); the last is readable and must be counted.
 */
public final class HostileLines {

    /** One hostile record. */
    public record Line(byte[] bytes, boolean readable) {
    }

    private HostileLines() {
    }

    /**
     * The {@code n}-th record of the hostile mix: of every ten, three random bytes, three nested thousands
     * deep, two huge and cut off, two readable with a hostile body (counted for {@code store}/{@code app}).
     */
    public static Line next(long n, long eventTimeMs, String store, String app, Random random) {
        return switch ((int) (n % 10)) {
            case 0, 1, 2 -> new Line(randomBytes(random), false);
            case 3, 4, 5 -> new Line(deeplyNested(random), false);
            case 6, 7 -> new Line(hugeTruncated(eventTimeMs, random), false);
            default -> new Line(hostileBody(eventTimeMs, store, app, random).getBytes(StandardCharsets.UTF_8), true);
        };
    }

    /** A line of the default framing with the given response body. */
    public static String line(long eventTimeMs, String store, String app, int status, String body) {
        return "{\"ts\":\"" + Instant.ofEpochMilli(eventTimeMs) + "\",\"store_id\":\"" + store + "\",\"app_id\":\"" + app
                + "\",\"status\":" + status + ",\"response_body\":\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** Bytes that are no JSON at all (the first byte is never a blank or a brace). */
    public static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[50 + random.nextInt(2000)];
        random.nextBytes(bytes);
        bytes[0] = (byte) ('a' + random.nextInt(26));
        return bytes;
    }

    /** A line with a status, whose other member nests thousands of arrays deep. */
    public static byte[] deeplyNested(Random random) {
        int depth = 2_000 + random.nextInt(8_000);
        StringBuilder line = new StringBuilder(2 * depth + 64).append("{\"status\":500,\"store_id\":\"s\",\"nest\":");
        line.append("[".repeat(depth)).append("]".repeat(depth)).append('}');
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A line with a huge body, cut off inside that body as a size-limited shipper cuts it. */
    public static byte[] hugeTruncated(long eventTimeMs, Random random) {
        String line = line(eventTimeMs, "s", "a", 500, "x".repeat(32 * 1024 + random.nextInt(64 * 1024)));
        return line.substring(0, line.length() - 10).getBytes(StandardCharsets.UTF_8);
    }

    /** A readable line whose body is hostile: huge, or nested far deeper than any envelope. */
    public static String hostileBody(long eventTimeMs, String store, String app, Random random) {
        String body = random.nextBoolean()
                ? "{\"error\":{\"code\":\"" + "A".repeat(32 * 1024 + random.nextInt(32 * 1024)) + "\"}}"
                : "[".repeat(5_000) + "]".repeat(5_000);
        return line(eventTimeMs, store, app, 502, body);
    }
}
