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
 *   <li>the value of an OTLP attribute whose key holds one of those words
 *       ({@code {"key": "http.request.header.x-api-key", "value": {...}}});</li>
 *   <li>every value so removed, and the decoded {@code user:password} and password of every
 *       {@code Basic} credential, wherever else they appear in clear (a body echoing the key).</li>
 * </ul>
 * A byte scan, no regular expression; it only runs for lines that go to the dead-letter topic.
 */
public final class Redactor {

    private static final AsciiWords KEYWORDS = new AsciiWords("authorization", "secret", "token", "password", "passwd",
            "api_key", "apikey", "api-key", "cookie", "credential");
    private static final AsciiWords SCHEMES = new AsciiWords("bearer", "basic", "token", "digest", "negotiate", "apikey");
    private static final byte[] BASIC = "basic".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOTED_REDACTED = ("\"" + TokenShapes.REDACTED + "\"").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VALUE_MEMBER = "\"value\"".getBytes(StandardCharsets.US_ASCII);
    /** Values shorter than this are not scrubbed from the rest of the line: they would shred it. */
    private static final int MIN_ECHO = 6;
    /** At most this many distinct values are searched for echoes: each search is a pass over the line. */
    private static final int MAX_ECHOES = 64;
    private static final byte[] UNREDACTABLE = "[unredactable]".getBytes(StandardCharsets.US_ASCII);

    private Redactor() {
    }

    /** The line with every credential it carries replaced; safe to publish. Never throws. */
    public static byte[] redactLine(byte[] line) {
        if (line == null) {
            return null;
        }
        try {
            List<byte[]> secrets = new ArrayList<>();
            byte[] out = keyedValues(line, secrets);
            out = schemeCredentials(out, secrets);
            for (byte[] secret : secrets) {
                out = Bytes.replaceAll(out, secret, Bytes.REDACTED);
            }
            return TokenShapes.scrub(out);
        } catch (RuntimeException e) {
            return UNREDACTABLE.clone();
        }
    }

    /** Text variant of {@link #redactLine(byte[])}, for log messages and reports. */
    public static String redact(String text) {
        return text == null ? null : new String(redactLine(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static byte[] keyedValues(byte[] b, List<byte[]> secrets) {
        Splice out = new Splice(b);
        int n = b.length;
        for (int i = KEYWORDS.nextCandidate(b, 0); i < n; i = KEYWORDS.nextCandidate(b, i + 1)) {
            int kw = KEYWORDS.matchAt(b, i);
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
            int kvValue = keyValueValue(b, j);
            if (kvValue > 0 && (b[kvValue] == '{' || b[kvValue] == '[')) {
                int end = balancedEnd(b, kvValue);
                collectLiterals(b, kvValue, end, secrets);
                out.replace(kvValue, end, QUOTED_REDACTED);
                i = end - 1;
                continue;
            }
            if (kvValue > 0) {
                j = kvValue;
            } else if (j >= n || (b[j] != ':' && b[j] != '=')) {
                i = j - 1;
                continue;
            } else {
                j = skipBlanks(b, j + 1);
            }
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
            noteBasic(b, j, end, secrets);
            remember(b, j, end, secrets);
            out.replace(j, end, Bytes.REDACTED);
            i = end - 1;
        }
        return out.result();
    }

    /** {@code Bearer xyz} / {@code Basic xyz} outside any keyed value (a header dump, a request line). */
    private static byte[] schemeCredentials(byte[] b, List<byte[]> decoded) {
        Splice out = new Splice(b);
        int n = b.length;
        for (int i = SCHEMES.nextCandidate(b, 0); i < n; i = SCHEMES.nextCandidate(b, i + 1)) {
            int s = SCHEMES.matchAt(b, i);
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
            out.replace(start, end, Bytes.REDACTED);
            i = end - 1;
        }
        return out.result();
    }

    /**
     * The source with some ranges replaced, copied only once a first range is replaced: a line
     * without credentials comes back as the same array.
     */
    private static final class Splice {
        private final byte[] source;
        private ByteArrayOutputStream out;
        private int copied;

        Splice(byte[] source) {
            this.source = source;
        }

        /** Replaces {@code [from, to)}; ranges come in ascending order and do not overlap. */
        void replace(int from, int to, byte[] replacement) {
            if (out == null) {
                out = new ByteArrayOutputStream(source.length);
            }
            out.write(source, copied, from - copied);
            out.write(replacement, 0, replacement.length);
            copied = to;
        }

        byte[] result() {
            if (out == null) {
                return source;
            }
            out.write(source, copied, source.length - copied);
            return out.toByteArray();
        }
    }

    /** When {@code [from, to)} is {@code Basic <b64>}, remembers the decoded credential and password. */
    private static void noteBasic(byte[] b, int from, int to, List<byte[]> decoded) {
        if (to - from <= BASIC.length + 1 || AsciiWords.matchAt(b, from, BASIC) == 0 || b[from + BASIC.length] != ' ') {
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
        if (colon >= 0 && userPassword.length() - colon - 1 >= 4 && decoded.size() < MAX_ECHOES) {
            decoded.add(userPassword.getBytes(StandardCharsets.UTF_8));
            decoded.add(userPassword.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * When {@code j} stands after a string that held a keyword and the string is followed by a
     * {@code "value"} member (an OTLP attribute), the start of that member's value; else -1.
     */
    private static int keyValueValue(byte[] b, int j) {
        if (j >= b.length || b[j] != ',') {
            return -1;
        }
        int k = skipBlanks(b, j + 1);
        if (!Bytes.matchesAt(b, VALUE_MEMBER, k)) {
            return -1;
        }
        k = skipBlanks(b, k + VALUE_MEMBER.length);
        if (k >= b.length || b[k] != ':') {
            return -1;
        }
        k = skipBlanks(b, k + 1);
        return k < b.length ? k : -1;
    }

    /** The index after the object or array starting at {@code from}, or the end of the line if cut off. */
    private static int balancedEnd(byte[] b, int from) {
        int depth = 0;
        int k = from;
        while (k < b.length) {
            byte c = b[k];
            if (c == '"') {
                k++;
                while (k < b.length && b[k] != '"') {
                    k += b[k] == '\\' ? 2 : 1;
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return k + 1;
                }
            }
            k++;
        }
        return b.length;
    }

    /** Remembers the string literals of an OTLP AnyValue, except its own member names. */
    private static void collectLiterals(byte[] b, int from, int to, List<byte[]> secrets) {
        int k = from;
        while (k < to) {
            if (b[k] == '"') {
                int start = ++k;
                while (k < to && b[k] != '"') {
                    k += b[k] == '\\' ? 2 : 1;
                }
                int end = Math.min(k, to);
                String literal = new String(b, start, end - start, StandardCharsets.UTF_8);
                if (!literal.endsWith("Value") && !"values".equals(literal)) {
                    remember(b, start, end, secrets);
                }
            }
            k++;
        }
    }

    /** Remembers a removed value, so that an echo of it elsewhere in the line is removed too. */
    private static void remember(byte[] b, int from, int to, List<byte[]> secrets) {
        int start = from;
        int end = to;
        int space = -1;
        for (int k = start; k < end; k++) {
            if (b[k] == ' ') {
                space = k;
                break;
            }
        }
        if (space > 0 && SCHEMES.matchAt(b, start) == space - start) {
            start = skipBlanks(b, space);
        }
        if (end - start >= MIN_ECHO && secrets.size() < MAX_ECHOES) {
            byte[] value = java.util.Arrays.copyOfRange(b, start, end);
            for (byte[] known : secrets) {
                if (java.util.Arrays.equals(known, value)) {
                    return;
                }
            }
            secrets.add(value);
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
                if (SCHEMES.matchAt(b, from) == k - from && k < n && b[k] == ' ') {
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
}
