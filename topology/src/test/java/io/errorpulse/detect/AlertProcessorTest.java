package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.StoreWindowCountsSerde;
import io.errorpulse.state.TrafficCounts;
import io.errorpulse.state.WindowUpdate;
import java.io.File;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under exactly-once an alert can be read once its transaction is committed: the detection processor
 * asks for that commit at its next short punctuation after publishing, and only then.
 */
class AlertProcessorTest {

    private static final long MINUTE = 1_795_000_000_000L / 60_000 * 60_000;

    @TempDir
    File stateDir;

    private MockProcessorContext<String, AlertRecord> context;
    private TimestampedWindowStore<String, StoreWindowCounts> minutes;
    private AlertProcessor processor;

    @BeforeEach
    void start() {
        context = new MockProcessorContext<>(new Properties(), new TaskId(1, 0), stateDir);
        add(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("state"), Serdes.String(),
                new StoreDetectorState.StoreDetectorStateSerde()));
        add(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("active"), Serdes.String(),
                new ActiveAlert.ActiveAlertSerde()));
        add(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("slo"), Serdes.String(),
                new SloHistory.SloHistorySerde()));
        minutes = add(Stores.timestampedWindowStoreBuilder(Stores.inMemoryWindowStore("minutes", Duration.ofHours(2),
                Duration.ofMinutes(1), false), Serdes.String(), new StoreWindowCountsSerde()));
        processor = new AlertProcessor(new AlertProcessor.Stores("state", "active", "slo", "minutes"),
                DetectionSettings.defaults(Duration.ofMinutes(1), "http://errorpulse.test"));
        processor.init(context);
    }

    @Test
    void shouldAskForACommitAtTheNextAlertPunctuationAfterPublishingAndOnlyThen() {
        Punctuator commitAlerts = punctuatorEvery(AlertProcessor.ALERT_COMMIT_DELAY);

        commitAlerts.punctuate(MINUTE);
        assertThat(context.committed()).as("nothing published, nothing to commit").isFalse();

        context.setCurrentSystemTimeMs(MINUTE + 31_000);
        processor.process(new Record<>("1042", storm("1042"), MINUTE + 30_000));
        assertThat(context.forwarded()).anySatisfy(alert -> assertThat(alert.record().value().firing()).isTrue());
        assertThat(context.committed()).as("asked at the punctuation, not per alert").isFalse();

        commitAlerts.punctuate(MINUTE + 100);
        assertThat(context.committed()).isTrue();

        context.resetCommit();
        commitAlerts.punctuate(MINUTE + 200);
        assertThat(context.committed()).as("the published alerts were asked for once").isFalse();
    }

    /** A minute of one store with 40 successes and 60 rejected credentials, in its window store too. */
    private WindowUpdate storm(String store) {
        StoreWindowCounts counts = new StoreWindowCounts();
        counts.add("app-1", TrafficCounts.summary(100, 60, 0, 0));
        minutes.put(store, ValueAndTimestamp.make(counts, MINUTE + 30_000), MINUTE);
        return new WindowUpdate(store, MINUTE, counts, Set.of("app-1"));
    }

    private Punctuator punctuatorEvery(Duration interval) {
        return context.scheduledPunctuators().stream()
                .filter(p -> p.getInterval().equals(interval))
                .findFirst().orElseThrow().getPunctuator();
    }

    private <S extends StateStore> S add(StoreBuilder<S> builder) {
        S store = builder.withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
