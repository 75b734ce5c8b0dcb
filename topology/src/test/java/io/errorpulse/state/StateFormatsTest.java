package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.errorpulse.detect.ActiveAlert;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.SloHistory;
import io.errorpulse.detect.StoreDetectorState;
import io.errorpulse.envelope.AlertClass;
import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Category;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.Retry;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

/** State written by an earlier release still reads; state bytes that are not ours never throw anything but a SerializationException. */
class StateFormatsTest {

    private static final CanonicalError INVALID_TOKEN = new CanonicalError("invalid_token", Dialect.FLAT_CODE_STATUS,
            Category.AUTHENTICATION, AlertClass.AUTH_FAILURE, Retry.REFRESH_CREDENTIALS, "https://docs.example.com/t");
    private static final CanonicalError OK = new CanonicalError(null, Dialect.EMPTY, Category.NONE, AlertClass.NONE,
            Retry.NONE, null);

    @Test
    void readsCountsWrittenInTheFixedWidthFormatOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        writeVersionOneCounts(out, 7, 2, "invalid_token", 2);
        out.writeInt(1);
        out.writeUTF("app-07");
        writeVersionOneCounts(out, 7, 2, "invalid_token", 2);

        StoreWindowCounts read = new StoreWindowCountsSerde().deserializer().deserialize("t", bytes.toByteArray());

        assertThat(read.total().requests()).isEqualTo(7);
        assertThat(read.app("app-07").errors()).isEqualTo(2);
        assertThat(read.app("app-07").alertClass(AlertClass.AUTH_FAILURE)).isEqualTo(2);
        assertThat(read.app("app-07").codes()).containsEntry("invalid_token", 2L);
        assertThat(read.app("app-07").docUrl()).isEqualTo("https://docs.example.com/t");
    }

    @Test
    void theCurrentFormatIsSmallerAndRoundTrips() {
        StoreWindowCounts counts = new StoreWindowCounts();
        for (int i = 0; i < 20; i++) {
            counts.add("app-" + i, 200, OK);
            counts.add("app-" + i, 401, INVALID_TOKEN);
        }
        byte[] bytes = new StoreWindowCountsSerde().serializer().serialize("t", counts);
        StoreWindowCounts read = new StoreWindowCountsSerde().deserializer().deserialize("t", bytes);
        assertThat(read.apps()).hasSize(20);
        assertThat(read.total().requests()).isEqualTo(40);
        assertThat(read.app("app-3").alertClass(AlertClass.AUTH_FAILURE)).isEqualTo(1);
        assertThat(bytes.length).isLessThan(21 * 88); // format 1 spent 88 bytes on the numbers of each row alone
    }

    @Test
    void oneAppReadFromBytesHasTheCountsOfThatAppAsWhenEveryAppIsDecoded() {
        StoreWindowCounts counts = new StoreWindowCounts();
        for (int i = 0; i < 20; i++) {
            for (int r = 0; r <= i; r++) {
                counts.add("app-" + i, r % 3 == 0 ? 401 : 200, r % 3 == 0 ? INVALID_TOKEN : OK);
            }
        }
        counts.add("app-\u00e9t\u00e9", 401, INVALID_TOKEN);
        byte[] bytes = new StoreWindowCountsSerde().serializer().serialize("t", counts);
        Deserializer<StoreWindowCounts> deserializer = new StoreWindowCountsSerde().deserializer();

        for (String app : List.of("app-0", "app-7", "app-19", "app-\u00e9t\u00e9")) {
            TrafficCounts one = deserializer.deserialize("t", bytes).app(app);
            TrafficCounts decoded = deserializer.deserialize("t", bytes).apps().get(app);
            assertThat(one).usingRecursiveComparison().isEqualTo(decoded);
            assertThat(one).usingRecursiveComparison().isEqualTo(counts.app(app));
        }
        assertThat(deserializer.deserialize("t", bytes).app("app-20")).isNull();
        assertThat(deserializer.deserialize("t", bytes).app("app-1")).isNotNull(); // a prefix of app-19 and app-1x
    }

    @Test
    void hostileBytesAreASerializationExceptionOrAValueNeverAnythingElse() {
        List<Deserializer<?>> deserializers = List.of(new StoreWindowCountsSerde().deserializer(),
                new WindowPartialSerde().deserializer(), new FlushCheckpoint.FlushCheckpointSerde().deserializer(),
                new StoreDetectorState.StoreDetectorStateSerde().deserializer(), new SloHistory.SloHistorySerde().deserializer(),
                new ActiveAlert.ActiveAlertSerde().deserializer());
        List<byte[]> valid = validRows();
        Random random = new Random(2026);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = round % 2 == 0 ? randomBytes(random) : mutate(valid.get(random.nextInt(valid.size())), random);
            for (Deserializer<?> deserializer : deserializers) {
                assertThatCode(() -> {
                    try {
                        Object value = deserializer.deserialize("t", bytes);
                        StoreWindowCounts read = value instanceof WindowPartial partial ? partial.counts()
                                : value instanceof StoreWindowCounts c ? c : null;
                        if (read != null) { // app rows decoded on demand were checked when read
                            read.app("app-1");
                            read.apps();
                        }
                    } catch (SerializationException expected) {
                        // the one way to refuse
                    }
                }).doesNotThrowAnyException();
            }
        }
    }

    /** A row of each kind whose mutations must be refused too, not only those of a window partial. */
    private static List<byte[]> validRows() {
        StoreWindowCounts counts = StoreWindowCounts.of("app-1", 401, INVALID_TOKEN);
        SloHistory history = new SloHistory();
        AlertRecord record = new AlertRecord("ab12", AlertRecord.FIRING, Map.of("alertname", "X", "alert_class",
                "auth_failure", "store", "1"), Map.of("summary", "s"), "2026-11-22T10:00:00Z", "2026-11-22T10:04:00Z",
                "http://x", new AlertRecord.Observed(1, 2, 0.5), new AlertRecord.Baseline(0, 0),
                new AlertRecord.Window("a", "b"));
        return List.of(new WindowPartialSerde().serializer().serialize("t", new WindowPartial(60_000, 61_000, counts)),
                new SloHistory.SloHistorySerde().serializer().serialize("t", history),
                new ActiveAlert.ActiveAlertSerde().serializer().serialize("t", new ActiveAlert(record, 1_000L, 2_000L)),
                new FlushCheckpoint.FlushCheckpointSerde().serializer().serialize("t", new FlushCheckpoint(42L, 61_000L)));
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        if (bytes.length > 0) {
            bytes[0] = (byte) (1 + random.nextInt(2)); // a known version, so that the body is parsed
        }
        return bytes;
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] bytes = valid.clone();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            bytes[1 + random.nextInt(bytes.length - 1)] = (byte) random.nextInt(256);
        }
        return random.nextBoolean() ? bytes : java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    private static void writeVersionOneCounts(DataOutputStream out, long requests, long authFailures, String code,
                                              long codeCount) throws IOException {
        out.writeLong(requests);
        out.writeLong(authFailures);
        for (int statusClass = 0; statusClass < 6; statusClass++) {
            out.writeLong(statusClass == 4 ? authFailures : statusClass == 2 ? requests - authFailures : 0);
        }
        out.writeLong(authFailures); // auth_failure
        out.writeLong(0); // rate_limited
        out.writeLong(0); // server_error
        out.writeShort(1);
        out.writeUTF(code);
        out.writeLong(codeCount);
        out.writeUTF("https://docs.example.com/t");
    }
}
