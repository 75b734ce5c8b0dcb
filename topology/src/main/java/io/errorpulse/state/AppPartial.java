package io.errorpulse.state;

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

        /** 1: fixed-width counts; 2: varint counts. */
        static final byte VERSION = 2;

        @Override
        public Serializer<AppPartial> serializer() {
            return (topic, value) -> {
                if (value == null) {
                    return null;
                }
                BinaryWriter out = new BinaryWriter(128);
                out.writeByte(VERSION);
                out.writeLong(value.maxEventTimeMs());
                StoreWindowCountsSerde.writeCounts(out, value.counts());
                return out.toByteArray();
            };
        }

        @Override
        public Deserializer<AppPartial> deserializer() {
            return (topic, data) -> {
                if (data == null) {
                    return null;
                }
                BinaryReader in = new BinaryReader(data, "AppPartial");
                byte version = in.readByte();
                if (version < 1 || version > VERSION) {
                    throw new SerializationException("unknown AppPartial format version " + version);
                }
                long maxEventTimeMs = in.readLong();
                TrafficCounts counts = new TrafficCounts();
                StoreWindowCountsSerde.readCounts(in, counts, version);
                return new AppPartial(maxEventTimeMs, counts);
            };
        }
    }
}
