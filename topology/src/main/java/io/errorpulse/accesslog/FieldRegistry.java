package io.errorpulse.accesslog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives each distinct field path one id and one capture kind, and builds the shared {@link FieldTree}. */
final class FieldRegistry {

    private final FieldTree root = new FieldTree();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Role.Kind> kinds = new ArrayList<>();

    int id(String path, Role.Kind kind) {
        Integer existing = ids.get(path);
        if (existing != null) {
            if (kinds.get(existing) != kind) {
                throw new IllegalArgumentException("field path '" + path + "' cannot be both " + kinds.get(existing)
                        + " and " + kind);
            }
            return existing;
        }
        int id = kinds.size();
        kinds.add(kind);
        ids.put(path, id);
        root.add(path, id);
        return id;
    }

    int[] ids(List<String> paths, Role.Kind kind) {
        int[] out = new int[paths.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(paths.get(i), kind);
        }
        return out;
    }

    void markKeyValueList(String path) {
        root.markKeyValueList(path);
    }

    FieldTree tree() {
        return root;
    }

    Role.Kind[] kinds() {
        return kinds.toArray(new Role.Kind[0]);
    }

    int size() {
        return kinds.size();
    }
}
