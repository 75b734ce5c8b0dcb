package io.errorpulse.state;

import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compact binary form of {@link StoreWindowCounts}, led by a format version so that restored state
 * written by an older release still reads.
 */
public final class StoreWindowCountsSerde implements Serde<StoreWindowCounts> {

    /** 1: fixed 8-byte counts; 2: varint counts (most are small: a fifth of the bytes). */
    static final byte VERSION = 2;

    @Override
    public Serializer<StoreWindowCounts> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public Deserializer<StoreWindowCounts> deserializer() {
        return (topic, data) -> data == null ? null : read(data);
    }

    static byte[] write(StoreWindowCounts value) {
        return BinaryWriter.encode(out -> writeTo(out, value));
    }

    static StoreWindowCounts read(byte[] data) {
        return readFrom(new BinaryReader(data, "StoreWindowCounts"));
    }

    /** Writes the versioned form of {@code value}; other serdes embed it. */
    static void writeTo(BinaryWriter out, StoreWindowCounts value) {
        out.writeByte(VERSION);
        writeCounts(out, value.total());
        Map<String, TrafficCounts> apps = value.rows();
        out.writeVarLong(apps.size());
        for (Map.Entry<String, TrafficCounts> app : apps.entrySet()) {
            out.writeUtf(app.getKey());
            writeCounts(out, app.getValue());
        }
    }

    static StoreWindowCounts readFrom(BinaryReader in) {
        int version = in.readVersion(VERSION);
        StoreWindowCounts value = new StoreWindowCounts();
        value.readTotalLater(in, version);
        skipCounts(in, version);
        value.readAppsLater(in, version);
        skipApps(in, version);
        return value;
    }

    /** Decodes the app rows at the reader's position into {@code apps}. */
    static void readApps(BinaryReader in, int version, Map<String, TrafficCounts> apps) {
        int count = appCount(in, version);
        for (int i = 0; i < count; i++) {
            String app = in.readUtf();
            TrafficCounts counts = new TrafficCounts();
            readCounts(in, counts, version);
            apps.put(app, counts);
        }
    }

    /** Decodes only the row of {@code app} among the app rows at the reader's position; null when absent. */
    static TrafficCounts findApp(BinaryReader in, int version, String app) {
        int count = appCount(in, version);
        for (int i = 0; i < count; i++) {
            if (in.readUtfEquals(app)) {
                TrafficCounts counts = new TrafficCounts();
                readCounts(in, counts, version);
                return counts;
            }
            skipCounts(in, version);
        }
        return null;
    }

    /** Passes over the app rows, checking that they decode, without keeping them. */
    private static void skipApps(BinaryReader in, int version) {
        int count = appCount(in, version);
        for (int i = 0; i < count; i++) {
            in.skipUtf();
            skipCounts(in, version);
        }
    }

    private static int appCount(BinaryReader in, int version) {
        return version == 1 ? in.readInt() : in.readVarCount();
    }

    private static void skipCounts(BinaryReader in, int version) {
        boolean fixed = version == 1;
        for (int i = 0; i < 2 + TrafficCounts.STATUS_CLASSES + TrafficCounts.ALERT_CLASSES; i++) {
            skipNumber(in, fixed);
        }
        int codes = fixed ? in.readShort() : in.readVarCount();
        for (int i = 0; i < codes; i++) {
            in.skipUtf();
            skipNumber(in, fixed);
        }
        in.skipUtf();
    }

    private static void skipNumber(BinaryReader in, boolean fixed) {
        if (fixed) {
            in.readLong();
        } else {
            in.readVarLong();
        }
    }

    /** The counts in the current format ({@link #VERSION}); other serdes embed them. */
    static void writeCounts(BinaryWriter out, TrafficCounts c) {
        out.writeVarLong(c.requests);
        out.writeVarLong(c.errors);
        for (long n : c.statusClasses) {
            out.writeVarLong(n);
        }
        for (long n : c.alertClasses) {
            out.writeVarLong(n);
        }
        out.writeVarLong(c.codes.size());
        for (Map.Entry<String, Long> code : c.codes.entrySet()) {
            out.writeUtf(code.getKey());
            out.writeVarLong(code.getValue());
        }
        out.writeUtf(c.docUrl == null ? "" : c.docUrl);
    }

    /** Counts written in format {@code version}: 1 with fixed-width numbers, 2 with varints. */
    static void readCounts(BinaryReader in, TrafficCounts c, int version) {
        boolean fixed = version == 1;
        c.requests = fixed ? in.readLong() : in.readVarLong();
        c.errors = fixed ? in.readLong() : in.readVarLong();
        for (int i = 0; i < c.statusClasses.length; i++) {
            c.statusClasses[i] = fixed ? in.readLong() : in.readVarLong();
        }
        for (int i = 0; i < c.alertClasses.length; i++) {
            c.alertClasses[i] = fixed ? in.readLong() : in.readVarLong();
        }
        int codes = fixed ? in.readShort() : in.readVarCount();
        for (int i = 0; i < codes; i++) {
            c.codes.put(in.readUtf(), fixed ? in.readLong() : in.readVarLong());
        }
        String docUrl = in.readUtf();
        c.docUrl = docUrl.isEmpty() ? null : docUrl;
    }
}
