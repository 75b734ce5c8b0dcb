package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Category;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.Retry;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StoreWindowCountsTest {

    private static CanonicalError authFailure(String code) {
        return new CanonicalError(code, Dialect.values()[0], Category.AUTHENTICATION, AlertClass.AUTH_FAILURE,
                Retry.values()[0], "https://docs.example.com/" + code);
    }

    private static final CanonicalError OK = new CanonicalError(null, Dialect.values()[0], Category.NONE,
            AlertClass.NONE, Retry.values()[0], null);

    @Test
    void shouldFoldCodesBeyondTheBoundIntoOther() {
        StoreWindowCounts counts = new StoreWindowCounts();
        for (int i = 0; i < 100; i++) {
            counts.add("a", 401, authFailure("invented_" + i));
        }

        assertThat(counts.total().codes()).hasSize(TrafficCounts.MAX_CODES + 1)
                .containsEntry(TrafficCounts.OTHER_CODE, 100L - TrafficCounts.MAX_CODES);
        assertThat(counts.app("a").alertClass(AlertClass.AUTH_FAILURE)).isEqualTo(100);
    }

    @Test
    void shouldFoldAppsBeyondTheBoundIntoOther() {
        StoreWindowCounts counts = new StoreWindowCounts();
        for (int i = 0; i < StoreWindowCounts.MAX_APPS + 10; i++) {
            counts.add("app-" + i, 200, OK);
        }

        assertThat(counts.apps()).hasSize(StoreWindowCounts.MAX_APPS + 1);
        assertThat(counts.app(StoreWindowCounts.OTHER_APP).requests()).isEqualTo(10);
        assertThat(counts.total().requests()).isEqualTo(StoreWindowCounts.MAX_APPS + 10);
    }

    @Test
    void shouldKeepAsManyAppsWhenOtherCameFirst() {
        // a merge visits a full partial's rows in hash order: _other may come before some apps
        StoreWindowCounts row = StoreWindowCounts.of(StoreWindowCounts.OTHER_APP, 200, OK);
        for (int i = 0; i < StoreWindowCounts.MAX_APPS + 1; i++) {
            row.add("app-" + i, 200, OK);
        }

        assertThat(row.apps()).hasSize(StoreWindowCounts.MAX_APPS + 1).containsKey("app-0")
                .containsKey("app-" + (StoreWindowCounts.MAX_APPS - 1));
        assertThat(row.app(StoreWindowCounts.OTHER_APP).requests()).isEqualTo(2);
    }

    @Test
    void shouldCountEachAppInTheRowThatCountedAsNames() {
        StoreWindowCounts counts = new StoreWindowCounts();
        for (int i = 0; i < StoreWindowCounts.MAX_APPS + 10; i++) {
            for (String app : new String[] {"app-" + i, "app-0", "app-" + (i + 1) / 2}) {
                String row = counts.countedAs(app);
                long before = counts.apps().containsKey(row) ? counts.apps().get(row).requests() : 0;

                counts.add(app, 200, OK);

                assertThat(counts.apps().get(row).requests()).as(app).isEqualTo(before + 1);
            }
        }
        assertThat(counts.apps()).hasSize(StoreWindowCounts.MAX_APPS + 1);
    }

    @Test
    void shouldMergeWithoutChangingTheMergedPartial() {
        StoreWindowCounts row = StoreWindowCounts.of("a", 200, OK);
        StoreWindowCounts partial = StoreWindowCounts.of("a", 401, authFailure("invalid_token"));

        row.copy().merge(partial);
        StoreWindowCounts merged = row.merge(partial);

        assertThat(merged.total().requests()).isEqualTo(2);
        assertThat(partial.total().requests()).isEqualTo(1);
        assertThat(merged.app("a").topCodes(1)).extracting(e -> e.getKey()).containsExactly("invalid_token");
    }

    @Test
    void shouldRoundTripThroughTheVersionedSerde() {
        StoreWindowCounts counts = new StoreWindowCounts();
        counts.add("a", 401, authFailure("invalid_token"));
        counts.add("b", 503, OK);
        counts.add("b", 200, OK);
        StoreWindowCountsSerde serde = new StoreWindowCountsSerde();

        StoreWindowCounts read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", counts));

        assertThat(read.total().requests()).isEqualTo(3);
        assertThat(read.total().statusClass(5)).isEqualTo(1);
        assertThat(read.app("a").codes()).containsEntry("invalid_token", 1L);
        assertThat(read.app("a").docUrl()).isEqualTo("https://docs.example.com/invalid_token");
        assertThat(read.apps()).containsOnlyKeys("a", "b");
    }

    @Test
    void shouldRejectAFormatVersionFromTheFuture() {
        byte[] bytes = new StoreWindowCountsSerde().serializer().serialize("t", StoreWindowCounts.of("a", 200, OK));
        bytes[0] = 99;

        assertThatThrownBy(() -> new StoreWindowCountsSerde().deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 99");
    }

    @Test
    void shouldRoundTripAPartial() {
        WindowPartial partial = new WindowPartial(60_000L, 61_234L, StoreWindowCounts.of("a", 429, OK));
        WindowPartialSerde serde = new WindowPartialSerde();

        WindowPartial read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", partial));

        assertThat(read.windowStart()).isEqualTo(60_000L);
        assertThat(read.maxEventTimeMs()).isEqualTo(61_234L);
        assertThat(read.counts().total().statusClass(4)).isEqualTo(1);
    }

    @Test
    void shouldSummariseCountsGivenPerAlertClass() {
        TrafficCounts counts = TrafficCounts.summary(100, 5, 3, 2);

        assertThat(counts.requests()).isEqualTo(100);
        assertThat(counts.errors()).isEqualTo(10);
        assertThat(counts.alertClass(AlertClass.RATE_LIMITED)).isEqualTo(3);
        assertThat(counts.statusClass(5)).isEqualTo(2);
        assertThat(counts.statusClass(2)).isEqualTo(90);
    }
}
