package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and mutated lines: whatever the bytes, a reader returns a record or throws
 * {@link UnreadableRecordException}, and nothing else (no NullPointerException, no
 * StackOverflowError, no parser exception escaping). Fixed seeds keep failures reproducible.
 */
class RandomLinesTest {

    private static final long SEED = 20261122L;
    private static final String[] FRAGMENTS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\"status\"", "\"ts\"", "200",
        "\"500\"", "-", "1e999", "null", "true", "\"attributes\"", "\"key\"", "\"value\"", "{\"intValue\":\"4\"}",
        "\"http.response.status_code\"", "\"response\"", "\"body\"", "\"stringValue\"", "\"request_headers\"",
        "\"authorization\"", "\"Basic !!\"", "\"Bearer \"", "\"time_iso8601\"", "\"2026-11-22T05:00:00+99:99\"",
        "\"sent_http_\"", "\"x\"", "\u00ff", "\ufeff", " ", "\n", "0", "-0", "1795323600.5", "\"requestTimeEpoch\""};

    private final List<AccessLogReader> readers = readers();

    @Test
    void shouldOnlyReturnARecordOrThrowUnreadableForMutatedSampleLines() {
        Random random = new Random(SEED);
        int read = 0;
        int unreadable = 0;
        for (int i = 0; i < 2_000; i++) {
            byte[] line = mutate(Samples.line(Samples.FILES.get(random.nextInt(Samples.FILES.size()))), random);
            for (AccessLogReader reader : readers) {
                if (readOrUnreadable(reader, line)) {
                    read++;
                } else {
                    unreadable++;
                }
            }
        }
        assertThat(read).as("mutations that still read").isPositive();
        assertThat(unreadable).as("mutations that broke the line").isPositive();
    }

    @Test
    void shouldOnlyReturnARecordOrThrowUnreadableForRandomJsonishLines() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder line = new StringBuilder(random.nextBoolean() ? "{" : "");
            int parts = random.nextInt(40);
            for (int k = 0; k < parts; k++) {
                line.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            for (AccessLogReader reader : readers) {
                readOrUnreadable(reader, bytes);
            }
        }
    }

    @Test
    void shouldOnlyReturnARecordOrThrowUnreadableForRandomBytes() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[0] = '{';
            }
            for (AccessLogReader reader : readers) {
                readOrUnreadable(reader, bytes);
            }
        }
    }

    /** True when read, false when unreadable; fails the test on anything else. */
    private static boolean readOrUnreadable(AccessLogReader reader, byte[] line) {
        try {
            AccessRecord r = reader.read(line);
            assertThat(r.store()).isNotNull();
            assertThat(r.app()).isNotNull();
            assertThat(r.responseHeaders()).isNotNull();
            return true;
        } catch (UnreadableRecordException e) {
            assertThat(e.reason()).matches("[a-z_]+");
            return false;
        } catch (Throwable t) {
            fail("reader threw " + t + " for " + new String(line, StandardCharsets.UTF_8), t);
            return false;
        }
    }

    private static byte[] mutate(byte[] line, Random random) {
        byte[] out = line.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = java.util.Arrays.copyOf(out, Math.max(1, at));
                case 2 -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at);
                    longer[at] = (byte) "{}[]\",:\\0".charAt(random.nextInt(9));
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
                default -> {
                    byte[] shorter = new byte[out.length - 1];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
                    out = shorter.length == 0 ? new byte[] {'{'} : shorter;
                }
            }
        }
        return out;
    }

    private static List<AccessLogReader> readers() {
        List<AccessLogReader> out = new ArrayList<>();
        for (LogSchema schema : LogSchema.values()) {
            out.add(AccessLogReaders.create(new AccessLogSettings(schema, null, null)));
        }
        return out;
    }
}
