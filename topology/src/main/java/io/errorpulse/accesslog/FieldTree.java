package io.errorpulse.accesslog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of the tree of field paths that a reader captures, shared by every framing it knows. Paths
 * are dotted ({@code http.response.status_code}); the tree holds every way of writing one, nested
 * objects or dotted keys or a mix ({@code {"http.response": {"status_code": ...}}}), so that a member
 * name is matched with one hash lookup of the string the parser already holds: no path string is built
 * per field.
 *
 * <p>A path ending in {@code .*} or {@code _*} is a header prefix: each member named
 * {@code <prefix><header>} is captured as header {@code <header>} ({@code _*} also turns {@code _} into
 * {@code -}, for nginx's {@code sent_http_content_type}).
 */
final class FieldTree {

    private final Map<String, FieldTree> children = new HashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>(0);
    private int field = -1;
    private boolean keyValueList;

    /** The node of a member, or null when nothing below it is captured. */
    FieldTree child(String name) {
        return children.get(name);
    }

    /** Whether anything below this node is captured: members to look up or header prefixes. */
    boolean hasChildren() {
        return !children.isEmpty() || !prefixes.isEmpty();
    }

    /** The captured field id of this node, or -1. */
    int field() {
        return field;
    }

    /** Whether an array at this node is an OTLP list of {@code {key, value}} attributes. */
    boolean isKeyValueList() {
        return keyValueList;
    }

    /** The header prefix a member name starts with, or null. */
    Prefix prefix(String name) {
        for (int i = 0; i < prefixes.size(); i++) {
            Prefix p = prefixes.get(i);
            if (name.length() > p.text.length() && name.startsWith(p.text)) {
                return p;
            }
        }
        return null;
    }

    /** Registers a dotted path as field {@code id} (every nested / dotted spelling of it). */
    void add(String path, int id) {
        if (path.endsWith("_*")) {
            String prefix = path.substring(0, path.length() - 1);
            int dot = prefix.lastIndexOf('.');
            List<FieldTree> parents = new ArrayList<>();
            if (dot < 0) {
                parents.add(this);
            } else {
                collect(segments(prefix.substring(0, dot)), 0, parents);
            }
            for (FieldTree parent : parents) {
                parent.prefixes.add(new Prefix(prefix.substring(dot + 1), id, true));
            }
            return;
        }
        boolean wildcard = path.endsWith(".*");
        add(segments(wildcard ? path.substring(0, path.length() - 2) : path), 0, id, wildcard);
    }

    /** Marks a path (every spelling) as a place where OTLP {@code {key, value}} lists may stand. */
    void markKeyValueList(String path) {
        List<FieldTree> nodes = new ArrayList<>();
        collect(segments(path), 0, nodes);
        for (FieldTree n : nodes) {
            n.keyValueList = true;
        }
    }

    private void add(String[] s, int from, int id, boolean wildcard) {
        if (wildcard) {
            prefixes.add(new Prefix(String.join(".", java.util.Arrays.copyOfRange(s, from, s.length)) + ".", id, false));
        }
        StringBuilder key = new StringBuilder();
        for (int j = from; j < s.length; j++) {
            if (j > from) {
                key.append('.');
            }
            key.append(s[j]);
            FieldTree child = children.computeIfAbsent(key.toString(), k -> new FieldTree());
            if (j == s.length - 1) {
                if (child.field >= 0 && child.field != id) {
                    throw new IllegalArgumentException("field path '" + String.join(".", s) + "' is registered twice");
                }
                child.field = id;
            } else {
                child.add(s, j + 1, id, wildcard);
            }
        }
    }

    /** Every node a dotted path can end at (all its spellings). */
    private void collect(String[] s, int from, List<FieldTree> out) {
        StringBuilder key = new StringBuilder();
        for (int j = from; j < s.length; j++) {
            if (j > from) {
                key.append('.');
            }
            key.append(s[j]);
            FieldTree child = children.computeIfAbsent(key.toString(), k -> new FieldTree());
            if (j == s.length - 1) {
                out.add(child);
            } else {
                child.collect(s, j + 1, out);
            }
        }
    }

    private static String[] segments(String path) {
        String[] s = path.split("\\.");
        for (String seg : s) {
            if (seg.isEmpty()) {
                throw new IllegalArgumentException("empty segment in field path '" + path + "'");
            }
        }
        return s;
    }

    /** A header-name prefix: {@code http.response.header.} or {@code sent_http_}. */
    static final class Prefix {
        private final String text;
        private final int field;
        private final boolean underscores;

        Prefix(String text, int field, boolean underscores) {
            this.text = text;
            this.field = field;
            this.underscores = underscores;
        }

        int field() {
            return field;
        }

        String headerName(String member) {
            String name = member.substring(text.length());
            return underscores ? name.replace('_', '-') : name;
        }
    }
}
