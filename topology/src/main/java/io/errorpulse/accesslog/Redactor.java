package io.errorpulse.accesslog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes credentials from a raw line that may leave errorpulse (a dead-letter payload), whatever the
 * line is: JSON, a text log format, a cut-off line, binary. It cannot rely on parsing, so it works on
 * bytes and errs on the side of removing too much:
 * <ul>
 *   <li>token shapes anywhere ({@link TokenShapes});</li>
 *   <li>the value after any key containing {@code authorization}, {@code secret}, {@code token},
 *       {@code password}, {@code passwd}, {@code api_key}/{@code apikey}/{@code api-key}, {@code cookie}
 *       or {@code credential}, followed by {@code :} or {@code =} (JSON members, escaped JSON inside a
 *       string, query parameters, {@code Name: value} header dumps);</li>
 *   <li>the credential after {@code Bearer} or {@code Basic} wherever it stands;</li>
 *   <li>the decoded {@code user:password} and password of every {@code Basic} credential, wherever
 *       they appear in clear.</li>
 * </ul>
 * A byte scan, no regular expression; it only runs for lines that go to the dead-letter topic.
 */
public final class Redactor {

    private static final byte[][] KEYWORDS = ascii("authorization", "secret", "token", "password", "passwd",
            "api_key", "apikey", "api-key", "cookie", "credential");
    private static final byte[][] SCHEMES = ascii("bearer", "basic", "token", "digest", "negotiate", "apikey");
    private static final byte[] BASIC = "basic".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNREDACTABLE = "[unredactable]".getBytes(StandardCharsets.US_ASCII);

    private Redactor() {
    }

    /** The line with every credential it carries replaced; safe to publish. Never throws. */
    public static byte[] redactLine(byte[] line) {
        if (line == null) {
            return null;
        }
        try {
            List<byte[]> decoded = new ArrayList<>();
            byte[] out = TokenShapes.scrub(line);
            out = keyedValues(out, decoded);
            out = schemeCredentials(out, decoded);
            for (byte[] d : decoded) {
                out = Bytes.replaceAll(out, d, Bytes.REDACTED);
            }
            return out;
        } catch (RuntimeException e) {
            return UNREDACTABLE.clone();
        }
    }

    /** Text variant of {@link #redactLine(byte[])}, for log messages and reports. */
    public static String redact(String text) {
        return text == null ? null : new String(redactLine(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static byte[] keyedValues(byte[] b, List<byte[]> decoded) {
        ByteArrayOutputStream out = null;
        int copied = 0;
        int n = b.length;
        for (int i = 0; i < n; i++) {
            int kw = matchAny(b, i, KEYWORDS);
            if (kw == 0) {
                continue;
            }
            int j = i + kw;
            while (j < n && isNameChar(b[j])) {
                j++;
            }
            if (j + 1 < n && b[j] == '\\' && b[j + 1] == '"') {
                j += 2;
            } else if (j < n && (b[j] == '"' || b[j] == '\'')) {
                j++;
            }
            j = skipBlanks(b, j);
            if (j >= n || (b[j] != ':' && b[j] != '=')) {
                i = j - 1;
                continue;
            }
            j = skipBlanks(b, j + 1);
            int quote = 0;
            if (j + 1 < n && b[j] == '\\' && b[j + 1] == '"') {
                quote = 2;
                j += 2;
            } else if (j < n && b[j] == '"') {
                quote = 1;
                j++;
            } else if (j < n && b[j] == '\'') {
                quote = 3;
                j++;
            }
            if (j >= n || (quote == 0 && (b[j] == '{' || b[j] == '['))) {
                i = j - 1;
                continue;
            }
            int end = valueEnd(b, j, quote);
            if (end <= j) {
                i = j - 1;
                continue;
            }
            noteBasic(b, j, end, decoded);
            if (out == null) {
                out = new ByteArrayOutputStream(n);
            }
            out.write(b, copied, j - copied);
            out.write(Bytes.REDACTED, 0, Bytes.REDACTED.length);
            copied = end;
            i = end - 1;
        }
        if (out == null) {
            return b;
        }
        out.write(b, copied, n - copied);
        return out.toByteArray();
    }

    /** {@code Bearer xyz} / {@code Basic xyz} outside any keyed value (a header dump, a request line). */
    private static byte[] schemeCredentials(byte[] b, List<byte[]> decoded) {
        ByteArrayOutputStream out = null;
        int copied = 0;
        int n = b.length;
        for (int i = 0; i < n; i++) {
            int s = matchAny(b, i, SCHEMES);
            if (s == 0 || (i > 0 && isNameChar(b[i - 1])) || i + s >= n || b[i + s] != ' ') {
                continue;
            }
            int start = skipBlanks(b, i + s);
            int end = start;
            while (end < n && isCredentialChar(b[end])) {
                end++;
            }
            if (end == start || (b[start] == '[')) {
                continue;
            }
            noteBasic(b, i, end, decoded);
            if (out == null) {
                out = new ByteArrayOutputStream(n);
            }
            out.write(b, copied, start - copied);
            out.write(Bytes.REDACTED, 0, Bytes.REDACTED.length);
            copied = end;
            i = end - 1;
        }
        if (out == null) {
            return b;
        }
        out.write(b, copied, n - copied);
        return out.toByteArray();
    }

    /** When {@code [from, to)} is {@code Basic <b64>}, remembers the decoded credential and password. */
    private static void noteBasic(byte[] b, int from, int to, List<byte[]> decoded) {
        if (to - from <= BASIC.length + 1 || matchAt(b, from, BASIC) == 0 || b[from + BASIC.length] != ' ') {
            return;
        }
        int start = skipBlanks(b, from + BASIC.length);
        int end = start;
        while (end < to && isCredentialChar(b[end])) {
            end++;
        }
        String userPassword = PresentedCredentials.decodeBasic(new String(b, start, end - start, StandardCharsets.US_ASCII));
        if (userPassword == null) {
            return;
        }
        int colon = userPassword.indexOf(':');
        if (colon >= 0 && userPassword.length() - colon - 1 >= 4) {
            decoded.add(userPassword.getBytes(StandardCharsets.UTF_8));
            decoded.add(userPassword.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Where a value that started at {@code from} ends, given how it was quoted. */
    private static int valueEnd(byte[] b, int from, int quote) {
        int n = b.length;
        int k = from;
        switch (quote) {
            case 1 -> {
                while (k < n && b[k] != '"') {
                    k += b[k] == '\\' ? 2 : 1;
                }
            }
            case 2 -> {
                while (k < n && b[k] != '"' && !(b[k] == '\\' && k + 1 < n && b[k + 1] == '"')) {
                    k += b[k] == '\\' ? 2 : 1;
                }
            }
            case 3 -> {
                while (k < n && b[k] != '\'') {
                    k++;
                }
            }
            default -> {
                while (k < n && !isUnquotedEnd(b[k])) {
                    k++;
                }
                if (matchAny(b, from, SCHEMES) == k - from && k < n && b[k] == ' ') {
                    k = skipBlanks(b, k);
                    while (k < n && !isUnquotedEnd(b[k])) {
                        k++;
                    }
                }
            }
        }
        return Math.min(k, n);
    }

    private static boolean isUnquotedEnd(byte c) {
        return c == '&' || c == ' ' || c == ',' || c == ';' || c == '}' || c == ']' || c == '"' || c == '\''
                || c == '\\' || c == '\r' || c == '\n' || c == '\t';
    }

    private static boolean isNameChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static boolean isCredentialChar(byte c) {
        return isNameChar(c) || c == '.' || c == '~' || c == '+' || c == '/' || c == '=';
    }

    private static int skipBlanks(byte[] b, int from) {
        int j = from;
        while (j < b.length && (b[j] == ' ' || b[j] == '\t')) {
            j++;
        }
        return j;
    }

    /** Length of the first of {@code words} (lower-case ASCII) at {@code i}, any case; 0 when none. */
    private static int matchAny(byte[] b, int i, byte[][] words) {
        for (byte[] w : words) {
            int m = matchAt(b, i, w);
            if (m > 0) {
                return m;
            }
        }
        return 0;
    }

    private static int matchAt(byte[] b, int i, byte[] word) {
        if (i + word.length > b.length) {
            return 0;
        }
        for (int k = 0; k < word.length; k++) {
            int c = b[i + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word[k]) {
                return 0;
            }
        }
        return word.length;
    }

    private static byte[][] ascii(String... words) {
        byte[][] out = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
