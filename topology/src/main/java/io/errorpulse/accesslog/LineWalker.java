package io.errorpulse.accesslog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One streaming pass over a JSON object that captures only the fields in a {@link FieldTree} and skips
 * everything else without materialising it (no tree, no string for a skipped value). Recursion follows
 * the field tree, never the input, so its depth is that of the deepest configured path; the parser's
 * own nesting limit guards what is skipped.
 */
final class LineWalker {

    private final FieldTree root;
    private final Role.Kind[] kinds;

    LineWalker(FieldTree root, Role.Kind[] kinds) {
        this.root = root;
        this.kinds = kinds;
    }

    /** Walks the object the parser stands at the start of; {@code line} and {@code base} cut raw bodies. */
    void walk(JsonParser p, byte[] line, int base, Captured c) throws IOException {
        object(p, root, line, base, c);
    }

    private void object(JsonParser p, FieldTree node, byte[] line, int base, Captured c) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            FieldTree child = node.child(name);
            if (child != null) {
                value(p, t, child, line, base, c);
                continue;
            }
            FieldTree.Prefix prefix = node.prefix(name);
            if (prefix != null && kinds[prefix.field()] == Role.Kind.RESPONSE_HEADERS) {
                Object v = scalar(p, t);
                if (v instanceof String s) {
                    c.responseHeaders(prefix.field()).put(prefix.headerName(name).toLowerCase(Locale.ROOT), s);
                }
                continue;
            }
            p.skipChildren();
        }
        expect(p, JsonToken.END_OBJECT);
    }

    private void value(JsonParser p, JsonToken t, FieldTree node, byte[] line, int base, Captured c)
            throws IOException {
        int f = node.field();
        if (f >= 0) {
            switch (kinds[f]) {
                case SCALAR -> {
                    if (t == JsonToken.START_OBJECT && node.hasChildren()) {
                        object(p, node, line, base, c);
                    } else {
                        c.set(f, scalar(p, t));
                    }
                }
                case BODY -> c.set(f, body(p, t, node, line, base, c));
                case REQUEST_HEADERS -> requestHeaders(p, t, f, c);
                case RESPONSE_HEADERS -> responseHeaders(p, t, f, c);
                default -> p.skipChildren();
            }
            return;
        }
        if (t == JsonToken.START_OBJECT && node.hasChildren()) {
            object(p, node, line, base, c);
        } else if (t == JsonToken.START_ARRAY && node.isKeyValueList()) {
            keyValues(p, node, c);
        } else {
            p.skipChildren();
        }
    }

    /** A scalar's text; an array's first scalar (OTel logs header values as string arrays). */
    private static Object scalar(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            return null;
        }
        switch (t) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE:
                return p.getText();
            case VALUE_NULL:
                return null;
            case START_ARRAY: {
                Object first = null;
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (e == null) {
                        throw new UnreadableRecordException(Reasons.TRUNCATED);
                    }
                    if (first == null && e.isScalarValue() && e != JsonToken.VALUE_NULL) {
                        first = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                return first == null ? Captured.NOT_SCALAR : first;
            }
            default:
                p.skipChildren();
                return Captured.NOT_SCALAR;
        }
    }

    /** A string body as text; an object or array body as its exact bytes in the line. */
    private Object body(JsonParser p, JsonToken t, FieldTree node, byte[] line, int base, Captured c)
            throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            long start = p.currentTokenLocation().getByteOffset();
            if (t == JsonToken.START_OBJECT && node.hasChildren()) {
                object(p, node, line, base, c);
            } else {
                p.skipChildren();
            }
            long end = p.currentTokenLocation().getByteOffset() + 1;
            if (start < 0 || end <= start || base + end > line.length) {
                return null;
            }
            return Arrays.copyOfRange(line, (int) (base + start), (int) (base + end));
        }
        return scalar(p, t);
    }

    private static void requestHeaders(JsonParser p, JsonToken t, int f, Captured c) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            RequestHeader h = RequestHeader.of(name);
            if (h == null) {
                p.skipChildren();
                continue;
            }
            Object value = scalar(p, v);
            c.requestHeaders(f)[h.ordinal()] = value instanceof String s ? s : null;
        }
        expect(p, JsonToken.END_OBJECT);
    }

    private static void responseHeaders(JsonParser p, JsonToken t, int f, Captured c) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        Map<String, String> headers = c.responseHeaders(f);
        String name;
        while ((name = p.nextFieldName()) != null) {
            Object value = scalar(p, p.nextToken());
            if (value instanceof String s) {
                headers.put(name.toLowerCase(Locale.ROOT), s);
            }
        }
        expect(p, JsonToken.END_OBJECT);
    }

    /**
     * OTLP attributes: {@code [{"key": "...", "value": {"stringValue": "..."}}, ...]}, members in any order.
     * A value whose key came first and is not captured is skipped unread.
     */
    private void keyValues(JsonParser p, FieldTree node, Captured c) throws IOException {
        c.sawKeyValueList();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new UnreadableRecordException(Reasons.TRUNCATED);
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String key = null;
            Object value = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                if ("key".equals(name)) {
                    Object k = scalar(p, v);
                    key = k instanceof String s ? s : null;
                } else if ("value".equals(name) && (key == null || captures(node, key))) {
                    value = anyValue(p, v);
                } else {
                    p.skipChildren();
                }
            }
            expect(p, JsonToken.END_OBJECT);
            if (key != null && value != null) {
                deliver(node, key, value, c);
            }
        }
    }

    private void deliver(FieldTree node, String key, Object value, Captured c) {
        FieldTree child = node.child(key);
        if (child != null && child.field() >= 0) {
            if (isValueKind(kinds[child.field()])) {
                c.set(child.field(), value);
            }
            return;
        }
        FieldTree.Prefix prefix = node.prefix(key);
        if (prefix != null && kinds[prefix.field()] == Role.Kind.RESPONSE_HEADERS && value instanceof String s) {
            c.responseHeaders(prefix.field()).put(prefix.headerName(key).toLowerCase(Locale.ROOT), s);
        }
    }

    /** Whether {@link #deliver} would keep a value under this attribute key. */
    private boolean captures(FieldTree node, String key) {
        FieldTree child = node.child(key);
        if (child != null && child.field() >= 0) {
            return isValueKind(kinds[child.field()]);
        }
        FieldTree.Prefix prefix = node.prefix(key);
        return prefix != null && kinds[prefix.field()] == Role.Kind.RESPONSE_HEADERS;
    }

    private static boolean isValueKind(Role.Kind kind) {
        return kind == Role.Kind.SCALAR || kind == Role.Kind.BODY;
    }

    /** An OTLP AnyValue as text: string, int (number or string), double, bool, or an array's first value. */
    private static Object anyValue(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Object value = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "stringValue", "intValue", "doubleValue", "boolValue" -> value = scalar(p, v);
                case "arrayValue" -> value = arrayValue(p, v);
                default -> p.skipChildren();
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return value == Captured.NOT_SCALAR ? null : value;
    }

    private static Object arrayValue(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Object first = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            if ("values".equals(name) && v == JsonToken.START_ARRAY) {
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (e == null) {
                        throw new UnreadableRecordException(Reasons.TRUNCATED);
                    }
                    if (first == null) {
                        first = anyValue(p, e);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return first;
    }

    private static void expect(JsonParser p, JsonToken token) {
        if (p.currentToken() != token) {
            throw new UnreadableRecordException(Reasons.TRUNCATED);
        }
    }
}
