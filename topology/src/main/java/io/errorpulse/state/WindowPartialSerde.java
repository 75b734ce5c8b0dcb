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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96 + 64 * value.counts().apps.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(value.windowStart());
            out.writeLong(value.maxEventTimeMs());
            StoreWindowCountsSerde.writeTo(out, value.counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static WindowPartial read(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte version = in.readByte();
            if (version < 1 || version > VERSION) {
                throw new SerializationException("unknown WindowPartial format version " + version);
            }
            return new WindowPartial(in.readLong(), in.readLong(), StoreWindowCountsSerde.readFrom(in));
        } catch (IOException e) {
            throw new SerializationException("corrupt WindowPartial", e);
        }
    }
}
