package io.errorpulse.accesslog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A {@link Framing} with its paths (remapped ones first) turned into field ids of one shared registry. */
final class BoundFraming {

    private static final int[] NONE = new int[0];

    private final Framing framing;
    private final int[][] byRole = new int[Role.values().length][];
    private final int[] signature;

    BoundFraming(Framing framing, Map<Role, List<String>> remapped, FieldRegistry registry) {
        this.framing = framing;
        Map<Role, List<String>> merged = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<String> paths = new ArrayList<>(remapped.getOrDefault(role, List.of()));
            for (String p : framing.paths(role)) {
                if (!paths.contains(p)) {
                    paths.add(p);
                }
            }
            merged.put(role, paths);
            byRole[role.ordinal()] = paths.isEmpty() ? NONE : registry.ids(paths, role.kind());
        }
        List<String> sig = framing.signature().isEmpty() ? merged.get(Role.STATUS) : framing.signature();
        this.signature = registry.ids(sig, Role.Kind.SCALAR);
        for (String p : framing.keyValueLists()) {
            registry.markKeyValueList(p);
        }
    }

    LogSchema schema() {
        return framing.schema();
    }

    int[] fields(Role role) {
        return byRole[role.ordinal()];
    }

    boolean recognises(Captured captured) {
        for (int f : signature) {
            if (captured.present(f)) {
                return true;
            }
        }
        return framing.recognisesShape(captured);
    }
}
