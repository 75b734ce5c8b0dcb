package io.errorpulse.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary form of {@link StoreWindowCounts}, led by a format version so that restored state
 * written by an older release still reads.
 */
public final class StoreWindowCountsSerde implements Serde<StoreWindowCounts> {

    static final byte VERSION = 1;

    @Override
    public Serializer<StoreWindowCounts> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public Deserializer<StoreWindowCounts> deserializer() {
        return (topic, data) -> data == null ? null : read(data);
    }

    static byte[] write(StoreWindowCounts value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 48 * value.apps.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeTo(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static StoreWindowCounts read(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            return readFrom(in);
        } catch (IOException e) {
            throw new SerializationException("corrupt StoreWindowCounts", e);
        }
    }

    /** Writes the versioned form of {@code value}; other serdes embed it. */
    static void writeTo(DataOutputStream out, StoreWindowCounts value) throws IOException {
        out.writeByte(VERSION);
        writeCounts(out, value.total);
        out.writeInt(value.apps.size());
        for (Map.Entry<String, TrafficCounts> app : value.apps.entrySet()) {
            out.writeUTF(app.getKey());
            writeCounts(out, app.getValue());
        }
    }

    static StoreWindowCounts readFrom(DataInputStream in) throws IOException {
        byte version = in.readByte();
        if (version < 1 || version > VERSION) {
            throw new SerializationException("unknown StoreWindowCounts format version " + version);
        }
        StoreWindowCounts value = new StoreWindowCounts();
        readCounts(in, value.total);
        int apps = in.readInt();
        for (int i = 0; i < apps; i++) {
            String app = in.readUTF();
            TrafficCounts counts = new TrafficCounts();
            readCounts(in, counts);
            value.apps.put(app, counts);
        }
        return value;
    }

    static void writeCounts(DataOutputStream out, TrafficCounts c) throws IOException {
        out.writeLong(c.requests);
        out.writeLong(c.errors);
        for (long n : c.statusClasses) {
            out.writeLong(n);
        }
        for (long n : c.alertClasses) {
            out.writeLong(n);
        }
        out.writeShort(c.codes.size());
        for (Map.Entry<String, Long> code : c.codes.entrySet()) {
            out.writeUTF(code.getKey());
            out.writeLong(code.getValue());
        }
        out.writeUTF(c.docUrl == null ? "" : c.docUrl);
    }

    static void readCounts(DataInputStream in, TrafficCounts c) throws IOException {
        c.requests = in.readLong();
        c.errors = in.readLong();
        for (int i = 0; i < c.statusClasses.length; i++) {
            c.statusClasses[i] = in.readLong();
        }
        for (int i = 0; i < c.alertClasses.length; i++) {
            c.alertClasses[i] = in.readLong();
        }
        int codes = in.readShort();
        for (int i = 0; i < codes; i++) {
            c.codes.put(in.readUTF(), in.readLong());
        }
        String docUrl = in.readUTF();
        c.docUrl = docUrl.isEmpty() ? null : docUrl;
    }
}
