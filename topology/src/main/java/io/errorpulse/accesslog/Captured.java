package io.errorpulse.accesslog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What one pass over one line captured, by field id: a {@link String} for a scalar (numbers keep their
 * text), {@code byte[]} for a body logged as a JSON object, a {@code Map} of response headers, a
 * {@code String[]} of {@link RequestHeader}s, or {@link #NOT_SCALAR} for an object or array where a
 * scalar was expected. A later duplicate member overwrites an earlier one: last wins.
 */
final class Captured {

    static final Object NOT_SCALAR = new Object();

    private final Object[] values;
    private boolean keyValueList;

    Captured(int fields) {
        values = new Object[fields];
    }

    /** Forgets every value, for the next line read with this one. */
    void clear() {
        Arrays.fill(values, null);
        keyValueList = false;
    }

    void set(int field, Object value) {
        values[field] = value;
    }

    Object get(int field) {
        return values[field];
    }

    boolean present(int field) {
        return values[field] != null;
    }

    /** The first present value among {@code fields}, in their order of preference, or null. */
    Object first(int[] fields) {
        for (int f : fields) {
            Object v = values[f];
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The first present string among {@code fields}, or null. */
    String firstString(int[] fields) {
        for (int f : fields) {
            if (values[f] instanceof String s) {
                return s;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> responseHeaders(int field) {
        Object v = values[field];
        if (v instanceof Map<?, ?> m) {
            return (Map<String, String>) m;
        }
        Map<String, String> m = new HashMap<>(8);
        values[field] = m;
        return m;
    }

    String[] requestHeaders(int field) {
        Object v = values[field];
        if (v instanceof String[] a) {
            return a;
        }
        String[] a = new String[RequestHeader.COUNT];
        values[field] = a;
        return a;
    }

    void sawKeyValueList() {
        keyValueList = true;
    }

    boolean hasKeyValueList() {
        return keyValueList;
    }
}
