package io.errorpulse.envelope;

import java.util.Locale;
import java.util.Map;

/** The logged response headers an envelope dialect may look at, by lower-case name. */
@FunctionalInterface
public interface ResponseHeaders {

    ResponseHeaders NONE = name -> null;

    /** The header's value, or null; {@code lowerCaseName} is already lower case. */
    String get(String lowerCaseName);

    static ResponseHeaders of(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return NONE;
        }
        Map<String, String> lower = new java.util.HashMap<>(headers.size() * 2);
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower::get;
    }
}
