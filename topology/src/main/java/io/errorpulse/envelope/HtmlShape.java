package io.errorpulse.envelope;

import java.nio.charset.StandardCharsets;

/**
 * HTML error pages, as proxies, load balancers and web servers send them ({@code <html><head>
 * <title>502 Bad Gateway</title>...}). Recognised when the body starts with {@code <} and an HTML
 * tag appears near the start; other markup (XML) is {@code plain-text}. Carries no code: the
 * prose of a page never decides anything, the HTTP status does.
 */
final class HtmlShape {

    /** How far into the body to look for a tag: error pages announce themselves early. */
    private static final int SCAN_BYTES = 1024;
    private static final byte[][] MARKERS = {
            ascii("<!doctype html"), ascii("<html"), ascii("<head"), ascii("<body"), ascii("<title"),
            ascii("<h1"), ascii("<center"), ascii("<p>"), ascii("<div"), ascii("<pre"), ascii("<meta"),
    };

    private HtmlShape() {
    }

    /** Whether the body, whose first significant byte is at {@code start}, is an HTML page. */
    static boolean matches(byte[] body, int start) {
        if (body[start] != '<') {
            return false;
        }
        int end = Math.min(body.length, start + SCAN_BYTES);
        for (int i = start; i < end; i++) {
            if (body[i] == '<') {
                for (byte[] marker : MARKERS) {
                    if (regionMatchesIgnoreCase(body, i, end, marker)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean regionMatchesIgnoreCase(byte[] body, int from, int end, byte[] lowerAscii) {
        if (end - from < lowerAscii.length) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length; k++) {
            int b = body[from + k];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerAscii[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
