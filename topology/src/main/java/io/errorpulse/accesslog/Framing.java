package io.errorpulse.accesslog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where one access-log framing puts each part of a request (by {@link Role}, in order of preference),
 * and which fields identify it when the schema is recognised per record. Subclasses only declare paths:
 * parsing is shared, so every framing is read in the same single pass.
 */
abstract class Framing {

    private final LogSchema schema;
    private final Map<Role, List<String>> paths = new EnumMap<>(Role.class);
    private final List<String> signature = new ArrayList<>();

    Framing(LogSchema schema) {
        this.schema = schema;
    }

    final LogSchema schema() {
        return schema;
    }

    /** Declares the fields of a role, most preferred first. */
    final void at(Role role, String... fieldPaths) {
        paths.computeIfAbsent(role, r -> new ArrayList<>()).addAll(List.of(fieldPaths));
    }

    /** Declares the fields whose presence marks a record as this framing; none = any status field. */
    final void recognisedBy(String... fieldPaths) {
        signature.addAll(List.of(fieldPaths));
    }

    final List<String> paths(Role role) {
        return paths.getOrDefault(role, List.of());
    }

    final List<String> signature() {
        return signature;
    }

    /** Paths where OTLP {@code {key, value}} attribute lists may stand. */
    List<String> keyValueLists() {
        return List.of();
    }

    /** Whether a captured record is in this framing, beyond having one of its signature fields. */
    boolean recognisesShape(Captured captured) {
        return false;
    }
}
