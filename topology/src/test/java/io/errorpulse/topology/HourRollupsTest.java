package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Category;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.Retry;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.StoreWindowCountsSerde;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HourRollupsTest {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long GRACE = 10 * MINUTE;
    private static final long T0 = 1_795_000_000_000L / HOUR * HOUR; // an hour start
    private static final CanonicalError SERVER_ERROR = new CanonicalError("internal", Dialect.FLAT_CODE_STATUS,
            Category.SERVER, AlertClass.SERVER_ERROR, Retry.BACKOFF, null);
    private static final CanonicalError OK = new CanonicalError(null, Dialect.EMPTY, Category.NONE, AlertClass.NONE,
            Retry.NONE, null);

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private TimestampedWindowStore<String, StoreWindowCounts> minutes;
    private TimestampedWindowStore<String, StoreWindowCounts> hours;
    private KeyValueStore<String, Long> progress;

    @BeforeEach
    void openStores() {
        minutes = windowStore("minutes", MINUTE);
        hours = windowStore("hours", HOUR);
        progress = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("progress"), Serdes.String(), Serdes.Long())
                .withLoggingDisabled().build();
        progress.init(context.getStateStoreContext(), progress);
    }

    @Test
    void shouldWriteAnHourOnlyOnceItAndItsGraceHaveClosedAsTheSumOfItsMinutes() {
        HourRollups rollups = started();
        minute(rollups, "7", T0, "a", 200, OK, T0);
        minute(rollups, "7", T0 + 59 * MINUTE, "b", 503, SERVER_ERROR, T0 + 59 * MINUTE);
        minute(rollups, "8", T0 + 30 * MINUTE, "a", 200, OK, T0 + 59 * MINUTE);
        assertThat(hours.fetch("7", T0)).isNull();

        minute(rollups, "9", T0 + HOUR + GRACE, "a", 200, OK, T0 + HOUR + GRACE);

        assertThat(hour("7", T0).total().requests()).isEqualTo(2);
        assertThat(hour("7", T0).app("b").alertClass(AlertClass.SERVER_ERROR)).isEqualTo(1);
        assertThat(hour("8", T0).total().requests()).isEqualTo(1);
        assertThat(hours.fetch("9", T0 + HOUR)).isNull();
        assertThat(progress.get(HourRollups.ROLLED_THROUGH)).isEqualTo(T0);
    }

    @Test
    void shouldRollAgainWhenALatePartialReachesARolledHourCountingItOnce() {
        HourRollups rollups = started();
        minute(rollups, "7", T0 + 5 * MINUTE, "a", 200, OK, T0 + 5 * MINUTE);
        minute(rollups, "9", T0 + HOUR + GRACE, "a", 200, OK, T0 + HOUR + GRACE);
        assertThat(hour("7", T0).total().requests()).isEqualTo(1);

        // another upstream task's partial of the same minute, still within its own grace period
        minute(rollups, "7", T0 + 5 * MINUTE, "a", 200, OK, T0 + HOUR + GRACE);

        assertThat(hour("7", T0).total().requests()).isEqualTo(2);
        assertThat(minutes.fetch("7", T0 + 5 * MINUTE).value().total().requests()).isEqualTo(2);
    }

    @Test
    void shouldNeitherSkipNorDoubleAHourAcrossARestart() {
        HourRollups before = started();
        minute(before, "7", T0 + 5 * MINUTE, "a", 200, OK, T0 + 5 * MINUTE);
        minute(before, "7", T0 + HOUR + 5 * MINUTE, "a", 200, OK, T0 + HOUR + 5 * MINUTE);

        HourRollups after = started(); // same stores, as restored from their changelogs
        minute(after, "7", T0 + HOUR + 6 * MINUTE, "a", 200, OK, T0 + 2 * HOUR + GRACE);

        assertThat(hour("7", T0).total().requests()).isEqualTo(1);
        assertThat(hour("7", T0 + HOUR).total().requests()).isEqualTo(2);
        assertThat(progress.get(HourRollups.ROLLED_THROUGH)).isEqualTo(T0 + HOUR);
    }

    @Test
    void shouldRollTheHoursBeforeALeapInStreamTimeWithoutVisitingEveryEmptyHour() {
        HourRollups rollups = started();
        minute(rollups, "7", T0, "a", 200, OK, T0);
        long years = T0 + 50L * 365 * 24 * HOUR;

        minute(rollups, "7", years, "a", 200, OK, years);

        assertThat(hour("7", T0).total().requests()).isEqualTo(1);
        assertThat(progress.get(HourRollups.ROLLED_THROUGH)).isEqualTo(years - 2 * HOUR);
    }

    private HourRollups started() {
        HourRollups rollups = new HourRollups(new WindowAssigner(Duration.ofMillis(HOUR), Duration.ofMillis(GRACE)));
        rollups.init(minutes, hours, progress);
        return rollups;
    }

    /** Adds one request to a minute row, as count-windows does, then tells the roll-ups. */
    private void minute(HourRollups rollups, String store, long minuteStart, String app, int status, CanonicalError error,
                        long streamTime) {
        ValueAndTimestamp<StoreWindowCounts> row = minutes.fetch(store, minuteStart);
        StoreWindowCounts counts = row == null ? new StoreWindowCounts() : row.value();
        counts.add(app, status, error);
        minutes.put(store, ValueAndTimestamp.make(counts, minuteStart), minuteStart);
        rollups.minuteChanged(store, minuteStart, streamTime);
    }

    private StoreWindowCounts hour(String store, long start) {
        ValueAndTimestamp<StoreWindowCounts> row = hours.fetch(store, start);
        assertThat(row).as("roll-up row of %s at %d", store, start).isNotNull();
        return row.value();
    }

    private TimestampedWindowStore<String, StoreWindowCounts> windowStore(String name, long size) {
        TimestampedWindowStore<String, StoreWindowCounts> store = Stores.timestampedWindowStoreBuilder(
                        Stores.inMemoryWindowStore(name, Duration.ofDays(400 * 100L), Duration.ofMillis(size), false),
                        Serdes.String(), new StoreWindowCountsSerde())
                .withLoggingDisabled().withCachingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
