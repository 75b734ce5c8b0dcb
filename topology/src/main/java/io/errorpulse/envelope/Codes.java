package io.errorpulse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * DESIGN.md's rules for what counts as a code: a string of 1 to 128 characters that is not blank,
 * or an integer (reported as its decimal string). Booleans, objects, arrays, null, "", blank
 * strings, other numbers and longer strings are not codes.
 */
final class Codes {

    /** Longer strings are prose or garbage, never a machine code. */
    static final int MAX_CODE_CHARS = 128;

    private Codes() {
    }

    /**
     * The code held by the value the parser stands on ({@code token}), or null. Leaves the parser
     * after the value (a container is skipped), so callers can read the next member.
     */
    static String read(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            if (p.getTextLength() > MAX_CODE_CHARS) {
                return null;
            }
            return orNull(p.getText());
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            String digits = p.getText();
            return digits.length() > MAX_CODE_CHARS ? null : digits;
        }
        p.skipChildren();
        return null;
    }

    /** A short string value (at most {@code maxChars}), or null for anything else. */
    static String shortText(JsonParser p, JsonToken token, int maxChars) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return p.getTextLength() > maxChars ? null : p.getText();
        }
        p.skipChildren();
        return null;
    }

    /**
     * Whether the string value the parser stands on is {@code lowerCaseWord}, ignoring ASCII case
     * and surrounding blanks; compares in Jackson's buffer, without making a String.
     */
    static boolean textIs(JsonParser p, String lowerCaseWord) throws IOException {
        int length = p.getTextLength();
        if (length > lowerCaseWord.length() + 16) {
            return false;
        }
        char[] chars = p.getTextCharacters();
        int from = p.getTextOffset();
        int to = from + length;
        while (from < to && chars[from] <= ' ') {
            from++;
        }
        while (to > from && chars[to - 1] <= ' ') {
            to--;
        }
        if (to - from != lowerCaseWord.length()) {
            return false;
        }
        for (int i = 0; i < lowerCaseWord.length(); i++) {
            char c = chars[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCaseWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} when it is a code by the rules above, else null. */
    static String orNull(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_CODE_CHARS || value.isBlank()) {
            return null;
        }
        return value;
    }

    /**
     * An AWS error type cut as the AWS SDKs do: before the first {@code :} (the header's trailing
     * URL), then after the first {@code #} (the shape's namespace).
     */
    static String awsCut(String value) {
        if (value == null) {
            return null;
        }
        String cut = value;
        int colon = cut.indexOf(':');
        if (colon >= 0) {
            cut = cut.substring(0, colon);
        }
        int hash = cut.indexOf('#');
        if (hash >= 0) {
            cut = cut.substring(hash + 1);
        }
        return orNull(cut);
    }
}
