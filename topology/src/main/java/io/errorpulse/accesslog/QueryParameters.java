package io.errorpulse.accesslog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The two things errorpulse wants from a logged query string: the {@code store_id} parameter (the last
 * resort of store attribution) and credentials passed as parameters ({@code api_key}, {@code apikey},
 * {@code token}, {@code access_token}, {@code secret}, {@code client_secret}), which are fingerprinted
 * and scrubbed. Accepts a bare query ({@code a=1&b=2}), a path or URL with {@code ?}, or a request line
 * ({@code GET /v1?a=1 HTTP/1.1}). Index arithmetic only: it runs for every record that logs a URL.
 */
final class QueryParameters {

    private static final String[] CREDENTIAL_NAMES = {"api_key", "apikey", "api-key", "token", "access_token",
        "secret", "client_secret"};

    private QueryParameters() {
    }

    /** Calls back with the store id and each credential parameter found in {@code text}. */
    static void scan(String text, Sink sink) {
        if (text == null) {
            return;
        }
        int start = text.indexOf('?');
        if (start < 0) {
            if (text.indexOf('=') < 0 || text.indexOf('/') >= 0 || text.indexOf(' ') >= 0) {
                return;
            }
            start = 0;
        } else {
            start++;
        }
        int end = text.length();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '#') {
                end = i;
            }
        }
        int i = start;
        int eq = -1;
        while (i < end) {
            int amp = text.indexOf('&', i);
            int stop = amp < 0 || amp > end ? end : amp;
            if (eq < i && eq != Integer.MAX_VALUE) { // the next '=' is searched once per '=', not once per pair
                eq = text.indexOf('=', i);
                eq = eq < 0 ? Integer.MAX_VALUE : eq;
            }
            if (eq > i && eq < stop) {
                param(text, i, eq, stop, sink);
            }
            i = stop + 1;
        }
    }

    private static void param(String text, int nameStart, int eq, int stop, Sink sink) {
        int nameLength = eq - nameStart;
        if (nameLength == 8 && text.regionMatches(true, nameStart, "store_id", 0, 8)) {
            sink.storeId(decode(text.substring(eq + 1, stop)));
            return;
        }
        for (String name : CREDENTIAL_NAMES) {
            if (nameLength == name.length() && text.regionMatches(true, nameStart, name, 0, nameLength)) {
                String raw = text.substring(eq + 1, stop);
                sink.credential(raw);
                String decoded = decode(raw);
                if (!decoded.equals(raw)) {
                    sink.credential(decoded);
                }
                return;
            }
        }
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** What a scan reports. */
    interface Sink {
        void storeId(String value);

        void credential(String value);
    }
}
