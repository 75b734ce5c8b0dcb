package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Category;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.ResponseHeaders;
import io.errorpulse.envelope.Retry;
import io.errorpulse.state.AppPartial;
import io.errorpulse.state.PartialAppKey;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.WindowPartial;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StorePartialsProcessorTest {

    private static final long T0 = 1_795_000_000_000L / 60_000 * 60_000;
    private static final CanonicalError OK = new CanonicalError(null, Dialect.EMPTY, Category.NONE, AlertClass.NONE,
            Retry.NONE, null);

    private final MockProcessorContext<String, WindowPartial> context = new MockProcessorContext<>();
    private KeyValueStore<PartialAppKey, AppPartial> partials;

    @BeforeEach
    void openStores() {
        partials = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("partials"),
                new PartialAppKey.PartialAppKeySerde(), new AppPartial.AppPartialSerde()).withLoggingDisabled().build();
        partials.init(context.getStateStoreContext(), partials);
        context.addStateStore(partials);
        KeyValueStore<String, Long> late = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("late"),
                Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        late.init(context.getStateStoreContext(), late);
        context.addStateStore(late);
    }

    @Test
    void shouldForwardEveryRequestOnceAndLeaveNoRowBehindAfterARestoreOfMoreAppsThanAWindowHolds() {
        StorePartialsProcessor<byte[]> before = started();
        int apps = StoreWindowCounts.MAX_APPS + 40;
        for (int i = 0; i < apps; i++) {
            context.setCurrentStreamTimeMs(T0 + i);
            before.process(request("1042", "app-" + i, T0 + i));
        }

        StorePartialsProcessor<byte[]> restored = started(); // a restart: pending partials come back from the store
        restored.flush();

        List<WindowPartial> forwarded = context.forwarded().stream().<WindowPartial>map(r -> r.record().value()).toList();
        assertThat(forwarded).hasSize(1);
        assertThat(forwarded.get(0).counts().total().requests()).isEqualTo(apps);
        try (KeyValueIterator<PartialAppKey, AppPartial> left = partials.all()) {
            assertThat(left.hasNext()).as("rows left after the flush, to be counted again").isFalse();
        }
    }

    private StorePartialsProcessor<byte[]> started() {
        StorePartialsProcessor<byte[]> processor = new StorePartialsProcessor<>("partials", "late",
                new WindowAssigner(Duration.ofMinutes(1), Duration.ofMinutes(10)), Duration.ofSeconds(1));
        processor.init(context);
        return processor;
    }

    private static Record<byte[], ClassifiedRequest> request(String store, String app, long at) {
        AccessRecord access = new AccessRecord(at, store, app, 200, ResponseHeaders.NONE, null, null);
        return new Record<>(null, new ClassifiedRequest(access, OK), at);
    }
}
