package io.errorpulse.envelope;

import java.util.Locale;

/**
 * One non-comment line of a code-mapping file: {@code code = category, alert_class, retry}.
 *
 * <p>The code is everything before the last {@code =}, so that codes which are URIs (problem+json
 * {@code type}s, with {@code :}, {@code /}, {@code #} or even {@code =}) can be mapped as carried.
 */
record CodeLine(String code, CodeMapping mapping) {

    static CodeLine parse(String line, String source, int lineNumber) {
        int eq = line.lastIndexOf('=');
        if (eq < 0) {
            throw bad(source, lineNumber, "expected 'code = category, alert_class, retry'");
        }
        String code = line.substring(0, eq).strip();
        if (code.isEmpty()) {
            throw bad(source, lineNumber, "the code before '=' is empty");
        }
        if (code.length() > Codes.MAX_CODE_CHARS) {
            throw bad(source, lineNumber, "the code is longer than " + Codes.MAX_CODE_CHARS
                    + " characters, which is never read as a code");
        }
        String[] fields = line.substring(eq + 1).split(",", -1);
        if (fields.length != 3) {
            throw bad(source, lineNumber, "expected three values after '=' (category, alert_class, retry), found "
                    + fields.length);
        }
        Category category = category(fields[0].strip(), source, lineNumber);
        AlertClass alertClass = alertClass(fields[1].strip(), source, lineNumber);
        Retry retry = retry(fields[2].strip(), source, lineNumber);
        return new CodeLine(code, new CodeMapping(category, alertClass, retry));
    }

    private static Category category(String value, String source, int lineNumber) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (Category c : Category.values()) {
            if (c != Category.NONE && c.wireName().equals(lower)) {
                return c;
            }
        }
        throw bad(source, lineNumber, "unknown category '" + value + "' (expected one of " + categories() + ")");
    }

    private static AlertClass alertClass(String value, String source, int lineNumber) {
        try {
            return AlertClass.fromWireName(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(source, lineNumber, e.getMessage());
        }
    }

    private static Retry retry(String value, String source, int lineNumber) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (Retry r : Retry.values()) {
            if (r.wireName().equals(lower)) {
                return r;
            }
        }
        throw bad(source, lineNumber, "unknown retry '" + value
                + "' (expected one of none, refresh_credentials, after_delay, backoff)");
    }

    private static String categories() {
        StringBuilder sb = new StringBuilder();
        for (Category c : Category.values()) {
            if (c != Category.NONE) {
                sb.append(sb.length() == 0 ? "" : ", ").append(c.wireName());
            }
        }
        return sb.toString();
    }

    private static CodeTableException bad(String source, int lineNumber, String problem) {
        return new CodeTableException(source + ":" + lineNumber + ": " + problem);
    }
}
