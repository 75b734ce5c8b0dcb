package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Category;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.Retry;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.StoreWindowCountsSerde;
import io.errorpulse.state.WindowPartial;
import io.errorpulse.state.WindowUpdate;
import java.io.File;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partials merged into the minute and hour rows of their store, and the minute row handed to detection. */
class WindowCountsProcessorTest {

    private static final long T0 = 1_795_000_000_000L / 3_600_000 * 3_600_000;
    private static final CanonicalError OK = new CanonicalError(null, Dialect.values()[0], Category.NONE, AlertClass.NONE,
            Retry.values()[0], null);

    @TempDir
    File stateDir;

    private MockProcessorContext<String, WindowUpdate> context;
    private TimestampedWindowStore<String, StoreWindowCounts> minutes;
    private TimestampedWindowStore<String, StoreWindowCounts> hours;
    private WindowCountsProcessor processor;

    @BeforeEach
    void start() {
        context = new MockProcessorContext<>(new Properties(), new TaskId(1, 0), stateDir);
        minutes = windowStore("minutes", Duration.ofMinutes(1));
        hours = windowStore("hours", Duration.ofHours(1));
        processor = new WindowCountsProcessor("minutes", "hours", new WindowAssigner(Duration.ofHours(1), Duration.ofMinutes(10)));
        processor.init(context);
    }

    @Test
    void shouldMergeEachPartialIntoTheMinuteAndHourRowsOfItsStoreAndForwardTheMinuteRow() {
        assertThat(processed(partial("1042", T0, "app-1", 3))).isEqualTo(3);
        assertThat(processed(partial("1042", T0, "app-2", 2))).isEqualTo(5);
        assertThat(processed(partial("1042", T0 + 60_000, "app-1", 4))).isEqualTo(4);

        assertThat(minutes.fetch("1042", T0).value().total().requests()).isEqualTo(5);
        assertThat(minutes.fetch("1042", T0 + 60_000).value().total().requests()).isEqualTo(4);
        assertThat(hours.fetch("1042", T0).value().total().requests()).isEqualTo(9);
        assertThat(hours.fetch("1042", T0).value().app("app-1").requests()).isEqualTo(7);
        assertThat(context.forwarded()).extracting(r -> r.record().value().windowStart())
                .containsExactly(T0, T0, T0 + 60_000);
    }

    /** Processes a partial; the requests of the minute row forwarded to detection (read at once: rows are merged in place). */
    private long processed(Record<String, WindowPartial> partial) {
        int before = context.forwarded().size();
        processor.process(partial);
        assertThat(context.forwarded()).hasSize(before + 1);
        return context.forwarded().get(before).record().value().counts().total().requests();
    }

    private TimestampedWindowStore<String, StoreWindowCounts> windowStore(String name, Duration size) {
        TimestampedWindowStore<String, StoreWindowCounts> store = Stores.timestampedWindowStoreBuilder(
                        Stores.inMemoryWindowStore(name, Duration.ofDays(1), size, false), Serdes.String(), new StoreWindowCountsSerde())
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    private static Record<String, WindowPartial> partial(String store, long windowStart, String app, int requests) {
        StoreWindowCounts counts = new StoreWindowCounts();
        for (int i = 0; i < requests; i++) {
            counts.add(app, 200, OK);
        }
        return new Record<>(store, new WindowPartial(windowStart, windowStart + 1, counts), windowStart + 1);
    }
}
