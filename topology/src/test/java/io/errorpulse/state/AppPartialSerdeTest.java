package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Category;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.Retry;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AppPartialSerdeTest {

    @Test
    void shouldRoundTripAnAppRowAndItsKey() {
        TrafficCounts counts = new TrafficCounts();
        counts.add(401, new CanonicalError("invalid_token", Dialect.FLAT_CODE_STATUS, Category.AUTHENTICATION,
                AlertClass.AUTH_FAILURE, Retry.REFRESH_CREDENTIALS, "https://docs.example.com/e"));
        counts.add(200, new CanonicalError(null, Dialect.EMPTY, Category.NONE, AlertClass.NONE, Retry.NONE, null));
        AppPartial.AppPartialSerde serde = new AppPartial.AppPartialSerde();

        AppPartial back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", new AppPartial(42L, counts)));

        assertThat(back.maxEventTimeMs()).isEqualTo(42L);
        assertThat(back.counts().requests()).isEqualTo(2);
        assertThat(back.counts().alertClass(AlertClass.AUTH_FAILURE)).isEqualTo(1);
        assertThat(back.counts().codes()).containsEntry("invalid_token", 1L);
        assertThat(back.counts().docUrl()).isEqualTo("https://docs.example.com/e");

        PartialAppKey key = new PartialAppKey("store-é", 60_000L, "app|1");
        PartialAppKey.PartialAppKeySerde keys = new PartialAppKey.PartialAppKeySerde();
        assertThat(keys.deserializer().deserialize("t", keys.serializer().serialize("t", key))).isEqualTo(key);
    }

    @Test
    void shouldReadAnAppRowWrittenInTheFixedWidthFormatOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        out.writeLong(42L); // max event time
        out.writeLong(3); // requests
        out.writeLong(1); // errors
        for (int statusClass = 0; statusClass < 6; statusClass++) {
            out.writeLong(statusClass == 2 ? 2 : statusClass == 4 ? 1 : 0);
        }
        out.writeLong(0); // auth_failure
        out.writeLong(1); // rate_limited
        out.writeLong(0); // server_error
        out.writeShort(1);
        out.writeUTF("rate_limited");
        out.writeLong(1);
        out.writeUTF("");

        AppPartial read = new AppPartial.AppPartialSerde().deserializer().deserialize("t", bytes.toByteArray());

        assertThat(read.maxEventTimeMs()).isEqualTo(42L);
        assertThat(read.counts().requests()).isEqualTo(3);
        assertThat(read.counts().statusClass(4)).isEqualTo(1);
        assertThat(read.counts().alertClass(AlertClass.RATE_LIMITED)).isEqualTo(1);
        assertThat(read.counts().codes()).containsExactly(java.util.Map.entry("rate_limited", 1L));
        assertThat(read.counts().docUrl()).isNull();
    }

    @Test
    void shouldCountTheAppsPastTheBoundUnderOther() {
        StoreWindowCounts counts = new StoreWindowCounts();
        CanonicalError ok = new CanonicalError(null, Dialect.EMPTY, Category.NONE, AlertClass.NONE, Retry.NONE, null);
        for (int i = 0; i < StoreWindowCounts.MAX_APPS; i++) {
            counts.add("app-" + i, 200, ok);
        }
        assertThat(counts.countedAs("app-0")).isEqualTo("app-0");
        assertThat(counts.countedAs("a-new-app")).isEqualTo(StoreWindowCounts.OTHER_APP);
    }
}
