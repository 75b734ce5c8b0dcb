package io.errorpulse.query;

import java.util.List;

/**
 * Where the data of one store key lives: the instance holding the active copy and those holding
 * standbys, as {@code host:port} of their REST servers ({@code application.server}).
 *
 * @param active    the active host, never null
 * @param standbys  hosts of standby copies, possibly empty
 * @param partition the partition of the key in the store's changelog
 */
public record KeyLocation(String active, List<String> standbys, int partition) {

    public KeyLocation {
        standbys = List.copyOf(standbys);
    }

    public boolean activeIs(String instance) {
        return active.equals(instance);
    }

    public boolean standbyIs(String instance) {
        return standbys.contains(instance);
    }
}
