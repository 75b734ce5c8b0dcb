package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCacheTest {

    private final Map<String, String> store = new HashMap<>();
    private final List<String> loads = new ArrayList<>();

    private String load(String key) {
        loads.add(key);
        return store.get(key);
    }

    @Test
    void readsTheStoreOnceAndThenServesWhatWasWritten() {
        store.put("1042", "v1");
        RowCache<String, String> rows = new RowCache<>(10);
        assertThat(rows.get("1042", this::load)).isEqualTo("v1");
        rows.written("1042", "v2");
        assertThat(rows.get("1042", this::load)).isEqualTo("v2");
        assertThat(loads).containsExactly("1042");
    }

    @Test
    void aMissingRowIsNotCachedSoItsFirstWriteIsSeen() {
        RowCache<String, String> rows = new RowCache<>(10);
        assertThat(rows.get("1042", this::load)).isNull();
        store.put("1042", "written elsewhere");
        assertThat(rows.get("1042", this::load)).isEqualTo("written elsewhere");
        assertThat(loads).hasSize(2);
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedRows() {
        RowCache<String, String> rows = new RowCache<>(2);
        rows.written("a", "1");
        rows.written("b", "2");
        rows.get("a", this::load); // a is now more recent than b
        rows.written("c", "3");
        assertThat(rows.size()).isEqualTo(2);
        store.put("b", "from store");
        assertThat(rows.get("b", this::load)).isEqualTo("from store");
        assertThat(rows.get("a", this::load)).isNull(); // evicted when b came back; the store has no a
    }

    @Test
    void clearAndDeleteFallBackToTheStore() {
        store.put("x", "stored");
        RowCache<String, String> rows = new RowCache<>(10);
        rows.written("x", "in heap");
        rows.written("y", "in heap");
        rows.deleted("y");
        rows.clear();
        assertThat(rows.get("x", this::load)).isEqualTo("stored");
        assertThat(rows.get("y", this::load)).isNull();
    }
}
