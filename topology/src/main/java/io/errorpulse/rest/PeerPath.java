package io.errorpulse.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The canonical form of a request as it is sent to another instance: path segments and resolved
 * parameter values (defaults such as "the last hour" already turned into instants), so that every
 * instance answers exactly the same question.
 */
final class PeerPath {

    private final StringBuilder path = new StringBuilder();
    private final Map<String, String> params = new LinkedHashMap<>();

    static PeerPath of(String literal) {
        PeerPath p = new PeerPath();
        p.path.append(literal);
        return p;
    }

    PeerPath segment(String value) {
        path.append('/').append(encode(value));
        return this;
    }

    PeerPath literal(String value) {
        path.append(value);
        return this;
    }

    PeerPath param(String name, Object value) {
        if (value != null) {
            params.put(name, value.toString());
        }
        return this;
    }

    PeerPath range(TimeRange range) {
        return param("from", range.from()).param("to", range.to()).param("step", range.stepText());
    }

    @Override
    public String toString() {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("");
        params.forEach((k, v) -> query.add(k + "=" + encode(v)));
        return path + query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
