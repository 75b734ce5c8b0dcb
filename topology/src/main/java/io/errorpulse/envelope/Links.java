package io.errorpulse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Documentation links carried by envelopes. Only absolute {@code http}/{@code https} URLs are kept:
 * the link ends up in alerts as a runbook link that receivers render and people click, so a
 * {@code javascript:} or relative value from a hostile body must not get through.
 */
final class Links {

    private Links() {
    }

    static String read(JsonParser p, JsonToken token, int maxChars) throws IOException {
        return webUrl(Codes.shortText(p, token, maxChars));
    }

    /** {@code value} when it is an absolute http(s) URL without blanks or control characters, else null. */
    static String webUrl(String value) {
        if (value == null) {
            return null;
        }
        boolean https = value.regionMatches(true, 0, "https://", 0, 8);
        if (!https && !value.regionMatches(true, 0, "http://", 0, 7)) {
            return null;
        }
        if (value.length() <= (https ? 8 : 7)) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') {
                return null;
            }
        }
        return value;
    }
}
