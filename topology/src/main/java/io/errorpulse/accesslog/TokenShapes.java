package io.errorpulse.accesslog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Finds credentials by their shape wherever they stand in a string or a byte sequence, and replaces them:
 * access tokens ({@code sx_at_}), app secrets ({@code sx_secret_}), Stripe-style keys ({@code sk_live_},
 * {@code sk_test_}, {@code rk_live_}, {@code rk_test_}) and JWTs ({@code eyJ...}.{@code ...}.{@code ...}).
 * The prefix stays (it says what kind of credential was there), the secret part becomes
 * {@value #REDACTED}.
 *
 * <p>{@code sx_app_} is NOT a secret: it is the public client id of an app, the very value errorpulse
 * attributes requests to.
 *
 * <p>One pass over the characters, no regular expression: the scan runs on every body and every
 * attribution value of good records. Every prefix has {@code _} as its third character, which rejects
 * almost every position with one comparison.
 */
final class TokenShapes {

    static final String REDACTED = "[redacted]";

    private static final String[] PREFIXES = {"sx_at_", "sx_secret_", "sk_live_", "sk_test_", "rk_live_", "rk_test_"};
    private static final byte[][] PREFIX_BYTES;
    private static final int MIN_JWT = 20;

    static {
        PREFIX_BYTES = new byte[PREFIXES.length][];
        for (int i = 0; i < PREFIXES.length; i++) {
            PREFIX_BYTES[i] = PREFIXES[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    private TokenShapes() {
    }

    /** The text with every token shape replaced; the same instance when it holds none. */
    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != 's' && c != 'r' && c != 'e') {
                continue;
            }
            int keep = prefixAt(text, i);
            int end;
            if (keep > 0) {
                end = tokenEnd(text, i + keep, false);
                if (end == i + keep) {
                    continue;
                }
            } else {
                end = jwtRunEnd(text, i);
                if (end < 0) {
                    continue;
                }
                if (!isJwt(end - i, dots(text, i, end))) {
                    i = end - 1; // no later start in the same run can be a JWT either: shorter, no more dots
                    continue;
                }
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i + keep).append(REDACTED);
            copied = end;
            i = end - 1;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /** The bytes with every token shape replaced; the same array when they hold none. */
    static byte[] scrub(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteArrayOutputStream out = null;
        int copied = 0;
        int n = bytes.length;
        for (int i = 0; i < n; i++) {
            byte c = bytes[i];
            if (c != 's' && c != 'r' && c != 'e') {
                continue;
            }
            int keep = prefixAt(bytes, i);
            int end;
            if (keep > 0) {
                end = tokenEnd(bytes, i + keep, false);
                if (end == i + keep) {
                    continue;
                }
            } else {
                end = jwtRunEnd(bytes, i);
                if (end < 0) {
                    continue;
                }
                if (!isJwt(end - i, dots(bytes, i, end))) {
                    i = end - 1; // no later start in the same run can be a JWT either: shorter, no more dots
                    continue;
                }
            }
            if (out == null) {
                out = new ByteArrayOutputStream(n);
            }
            out.write(bytes, copied, i + keep - copied);
            out.write(Bytes.REDACTED, 0, Bytes.REDACTED.length);
            copied = end;
            i = end - 1;
        }
        if (out == null) {
            return bytes;
        }
        out.write(bytes, copied, n - copied);
        return out.toByteArray();
    }

    /** Whether the text holds any token shape. */
    static boolean contains(String text) {
        return text != null && scrub(text) != text;
    }

    private static int prefixAt(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i + 2) != '_') {
            return 0;
        }
        for (String p : PREFIXES) {
            if (s.startsWith(p, i)) {
                return p.length();
            }
        }
        return 0;
    }

    private static int prefixAt(byte[] b, int i) {
        if (i + 2 >= b.length || b[i + 2] != '_') {
            return 0;
        }
        outer:
        for (byte[] p : PREFIX_BYTES) {
            if (i + p.length > b.length) {
                continue;
            }
            for (int k = 0; k < p.length; k++) {
                if (b[i + k] != p[k]) {
                    continue outer;
                }
            }
            return p.length;
        }
        return 0;
    }

    /**
     * Where the run of token characters starting at {@code i} ends, if it starts like a JWT ({@code eyJ}:
     * three base64url segments joined by dots, the first one a JSON header); -1 otherwise.
     */
    private static int jwtRunEnd(String s, int i) {
        return s.startsWith("eyJ", i) ? tokenEnd(s, i, true) : -1;
    }

    private static int jwtRunEnd(byte[] b, int i) {
        if (i + 3 > b.length || b[i] != 'e' || b[i + 1] != 'y' || b[i + 2] != 'J') {
            return -1;
        }
        return tokenEnd(b, i, true);
    }

    private static int dots(byte[] b, int from, int to) {
        int dots = 0;
        for (int k = from; k < to; k++) {
            if (b[k] == '.') {
                dots++;
            }
        }
        return dots;
    }

    private static boolean isJwt(int length, int dots) {
        return length >= MIN_JWT && dots >= 1;
    }

    private static int dots(String s, int from, int to) {
        int dots = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '.') {
                dots++;
            }
        }
        return dots;
    }

    private static int tokenEnd(String s, int from, boolean dots) {
        int i = from;
        while (i < s.length() && isTokenChar(s.charAt(i), dots)) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(byte[] b, int from, boolean dots) {
        int i = from;
        while (i < b.length && isTokenChar((char) (b[i] & 0xff), dots)) {
            i++;
        }
        return i;
    }

    private static boolean isTokenChar(char c, boolean dots) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-' || (dots && c == '.');
    }
}
