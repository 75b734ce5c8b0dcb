package io.errorpulse.accesslog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte-level search and replace, for payloads that may not be text. */
final class Bytes {

    static final byte[] REDACTED = TokenShapes.REDACTED.getBytes(StandardCharsets.US_ASCII);

    private Bytes() {
    }

    /** Index of {@code needle} in {@code hay} at or after {@code from}, or -1. */
    static int indexOf(byte[] hay, byte[] needle, int from) {
        if (needle.length == 0) {
            return -1;
        }
        byte first = needle[0];
        int last = hay.length - needle.length;
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            if (hay[i] != first) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Whether {@code needle} stands in {@code hay} at index {@code at}. */
    static boolean matchesAt(byte[] hay, byte[] needle, int at) {
        if (at < 0 || at > hay.length - needle.length) {
            return false;
        }
        for (int k = 0; k < needle.length; k++) {
            if (hay[at + k] != needle[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code hay} with every {@code needle} replaced; the same array when there is none. */
    static byte[] replaceAll(byte[] hay, byte[] needle, byte[] replacement) {
        int at = indexOf(hay, needle, 0);
        if (at < 0) {
            return hay;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(hay.length);
        int copied = 0;
        while (at >= 0) {
            out.write(hay, copied, at - copied);
            out.write(replacement, 0, replacement.length);
            copied = at + needle.length;
            at = indexOf(hay, needle, copied);
        }
        out.write(hay, copied, hay.length - copied);
        return out.toByteArray();
    }
}
