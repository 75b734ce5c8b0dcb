package io.errorpulse.state;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Binary form of {@link WindowPartial}: a format version, the window, then the embedded counts. */
public final class WindowPartialSerde implements Serde<WindowPartial> {

    static final byte VERSION = 1;

    @Override
    public Serializer<WindowPartial> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public Deserializer<WindowPartial> deserializer() {
        return (topic, data) -> data == null ? null : read(data);
    }

    static byte[] write(WindowPartial value) {
        return BinaryWriter.encode(out -> {
            out.writeByte(VERSION);
            out.writeLong(value.windowStart());
            out.writeLong(value.maxEventTimeMs());
            StoreWindowCountsSerde.writeTo(out, value.counts());
        });
    }

    static WindowPartial read(byte[] data) {
        BinaryReader in = new BinaryReader(data, "WindowPartial");
        byte version = in.readByte();
        if (version < 1 || version > VERSION) {
            throw new SerializationException("unknown WindowPartial format version " + version);
        }
        return new WindowPartial(in.readLong(), in.readLong(), StoreWindowCountsSerde.readFrom(in));
    }
}
