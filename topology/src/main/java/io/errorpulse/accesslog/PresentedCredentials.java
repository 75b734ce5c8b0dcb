package io.errorpulse.accesslog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The credentials one request presented (Authorization, client secret, API key, credential query
 * parameters). They never leave the reader: they yield one fingerprint, and every value they hold is
 * scrubbed from whatever else of the line the record keeps, in case a body or a header echoes it.
 *
 * <p>For {@code Basic} the fingerprint is taken over the user id alone: a low-entropy password must not
 * enter even a keyed hash, and the decoded password is scrubbed like the encoded one.
 */
final class PresentedCredentials {

    /** Shorter values are not scrubbed from bodies: they would shred ordinary text. */
    private static final int MIN_SCRUB = 4;
    /**
     * At most this many values are searched for echoes: a hostile query with thousands of
     * {@code token=} parameters must not make one line cost thousands of body scans.
     */
    static final int MAX_ECHOES = 8;

    private final List<String> secrets = new ArrayList<>(4);
    private String fingerprintSubject;

    /** An {@code Authorization} header value: {@code Bearer x}, {@code Basic b64}, or any other scheme. */
    void authorization(String value) {
        String v = trimmed(value);
        if (v == null) {
            return;
        }
        int space = v.indexOf(' ');
        String scheme = space < 0 ? "" : v.substring(0, space).toLowerCase(Locale.ROOT);
        String credential = space < 0 ? v : v.substring(space + 1).trim();
        echo(credential.isEmpty() ? v : credential);
        if ("basic".equals(scheme)) {
            String decoded = decodeBasic(credential);
            if (decoded != null) {
                int colon = decoded.indexOf(':');
                String user = colon < 0 ? decoded : decoded.substring(0, colon);
                if (colon >= 0 && colon + 1 < decoded.length()) {
                    echo(decoded);
                    echo(decoded.substring(colon + 1));
                }
                subject("basic:" + user);
                return;
            }
        }
        subject(credential.isEmpty() ? v : credential);
    }

    /** A secret presented without a scheme: client secret, API key, {@code token=} parameter. */
    void secret(String value) {
        String v = trimmed(value);
        if (v != null) {
            echo(v);
            subject(v);
        }
    }

    /** The keyed hash of the first credential presented, or null when none was. */
    String fingerprint(CredentialFingerprinter fingerprinter) {
        return fingerprintSubject == null ? null : fingerprinter.fingerprint(fingerprintSubject);
    }

    /** The text without any of the presented values (and without token shapes). */
    String scrub(String text) {
        String out = TokenShapes.scrub(text);
        if (out == null) {
            return null;
        }
        for (String s : secrets) {
            if (out.contains(s)) {
                out = out.replace(s, TokenShapes.REDACTED);
            }
        }
        return out;
    }

    /** The bytes without any of the presented values (and without token shapes). */
    byte[] scrub(byte[] bytes) {
        byte[] out = TokenShapes.scrub(bytes);
        if (out == null) {
            return null;
        }
        for (String s : secrets) {
            out = Bytes.replaceAll(out, s.getBytes(StandardCharsets.UTF_8), Bytes.REDACTED);
        }
        return out;
    }

    /**
     * Remembers a value to scrub from the rest of the record. A value too short to scrub, or one that is
     * a token shape (the shape scrub removes it anyway), costs no search.
     */
    private void echo(String value) {
        if (secrets.size() < MAX_ECHOES && value.length() >= MIN_SCRUB && !TokenShapes.contains(value)
                && !secrets.contains(value)) {
            secrets.add(value);
        }
    }

    private void subject(String s) {
        if (fingerprintSubject == null) {
            fingerprintSubject = s;
        }
    }

    /** {@code user:password}, or null when the value is not base64 of UTF-8 text. */
    static String decodeBasic(String b64) {
        try {
            byte[] raw = Base64.getDecoder().decode(b64.trim());
            return raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        return v.isEmpty() || "-".equals(v) ? null : v;
    }
}
