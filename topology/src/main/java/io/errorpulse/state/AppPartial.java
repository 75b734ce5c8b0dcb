package io.errorpulse.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One app's share of a pending partial, as changelogged.
 *
 * @param maxEventTimeMs the latest event time the partial had counted when this row was written
 * @param counts         the app's counts in the window so far
 */
public record AppPartial(long maxEventTimeMs, TrafficCounts counts) {

    /** Versioned binary form: version, max event time, the counts. */
    public static final class AppPartialSerde implements Serde<AppPartial> {

        static final byte VERSION = 1;

        @Override
        public Serializer<AppPartial> serializer() {
            return (topic, value) -> {
                if (value == null) {
                    return null;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
                try (DataOutputStream out = new DataOutputStream(bytes)) {
                    out.writeByte(VERSION);
                    out.writeLong(value.maxEventTimeMs());
                    StoreWindowCountsSerde.writeCounts(out, value.counts());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return bytes.toByteArray();
            };
        }

        @Override
        public Deserializer<AppPartial> deserializer() {
            return (topic, data) -> {
                if (data == null) {
                    return null;
                }
                try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                    byte version = in.readByte();
                    if (version != VERSION) {
                        throw new SerializationException("unknown AppPartial format version " + version);
                    }
                    long maxEventTimeMs = in.readLong();
                    TrafficCounts counts = new TrafficCounts();
                    StoreWindowCountsSerde.readCounts(in, counts);
                    return new AppPartial(maxEventTimeMs, counts);
                } catch (IOException e) {
                    throw new SerializationException("corrupt AppPartial", e);
                }
            };
        }
    }
}
