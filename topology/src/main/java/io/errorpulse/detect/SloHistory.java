package io.errorpulse.detect;

import io.errorpulse.state.BinaryReader;
import io.errorpulse.state.BinaryWriter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Requests and 5xx of a store per closed window over the longest burn-rate window (a ring of
 * {@link #SLOTS} windows), and the state of its burn-rate alert. Written once per closed window.
 */
public final class SloHistory {

    /** 6 hours of one-minute windows. */
    public static final int SLOTS = 360;

    final int[] requests = new int[SLOTS];
    final int[] errors = new int[SLOTS];
    long newestWindow = Long.MIN_VALUE; // window index (start / size) of the newest slot
    boolean firing;
    long startsAtMs;
    int quietWindows;

    /** Records a closed window, given as its index (start / size). */
    void record(long window, long windowRequests, long windowErrors) {
        if (newestWindow != Long.MIN_VALUE && window <= newestWindow - SLOTS) {
            return; // older than the ring
        }
        if (newestWindow == Long.MIN_VALUE || window > newestWindow) {
            long from = newestWindow == Long.MIN_VALUE ? window - SLOTS + 1 : Math.max(newestWindow + 1, window - SLOTS + 1);
            for (long w = from; w <= window; w++) {
                int slot = slot(w);
                requests[slot] = 0;
                errors[slot] = 0;
            }
            newestWindow = window;
        }
        int slot = slot(window);
        requests[slot] = (int) Math.min(Integer.MAX_VALUE, requests[slot] + windowRequests);
        errors[slot] = (int) Math.min(Integer.MAX_VALUE, errors[slot] + windowErrors);
    }

    /** Requests and errors summed over the newest {@code windows} windows. */
    long[] sum(int windows) {
        long r = 0;
        long e = 0;
        for (int i = 0; i < Math.min(windows, SLOTS); i++) {
            int slot = slot(newestWindow - i);
            r += requests[slot];
            e += errors[slot];
        }
        return new long[] {r, e};
    }

    private static int slot(long window) {
        return (int) Math.floorMod(window, (long) SLOTS);
    }

    /** Versioned binary form. */
    public static final class SloHistorySerde implements Serde<SloHistory> {
        static final byte VERSION = 1;

        @Override
        public Serializer<SloHistory> serializer() {
            return (topic, history) -> history == null ? null : write(history);
        }

        @Override
        public Deserializer<SloHistory> deserializer() {
            return (topic, data) -> data == null ? null : read(data);
        }

        static byte[] write(SloHistory h) {
            return BinaryWriter.encode(out -> {
                out.writeByte(VERSION).writeLong(h.newestWindow).writeBoolean(h.firing).writeLong(h.startsAtMs)
                        .writeInt(h.quietWindows);
                for (int i = 0; i < SLOTS; i++) {
                    out.writeInt(h.requests[i]).writeInt(h.errors[i]);
                }
            });
        }

        static SloHistory read(byte[] data) {
            BinaryReader in = new BinaryReader(data, "SloHistory");
            in.readVersion(VERSION);
            SloHistory h = new SloHistory();
            h.newestWindow = in.readLong();
            h.firing = in.readBoolean();
            h.startsAtMs = in.readLong();
            h.quietWindows = in.readInt();
            for (int i = 0; i < SLOTS; i++) {
                h.requests[i] = in.readInt();
                h.errors[i] = in.readInt();
            }
            return h;
        }
    }
}
