package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.BinaryReader;
import io.errorpulse.state.BinaryWriter;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The detector's memory of one store: a {@link ClassState} per scope (each app, and the store over all
 * apps under {@link #STORE_SCOPE}) and alert class, plus the newest window of its burn-rate history.
 * One row per store, written when a window rolls over or an alert changes, not per update.
 */
public final class StoreDetectorState {

    /** The scope key of the store over all its apps. */
    public static final String STORE_SCOPE = "";

    final Map<String, ClassState[]> scopes = new HashMap<>();
    long sloWindowStart = ClassState.NO_WINDOW;

    ClassState get(String scope, AlertClass alertClass) {
        ClassState[] states = scopes.computeIfAbsent(scope, k -> newStates());
        return states[index(alertClass)];
    }

    ClassState peek(String scope, AlertClass alertClass) {
        ClassState[] states = scopes.get(scope);
        return states == null ? null : states[index(alertClass)];
    }

    private static ClassState[] newStates() {
        ClassState[] states = new ClassState[AlertClass.ALERTING.length];
        for (int i = 0; i < states.length; i++) {
            states[i] = new ClassState();
        }
        return states;
    }

    static int index(AlertClass alertClass) {
        int index = alertClass.alertingIndex();
        if (index < 0) {
            throw new IllegalArgumentException("not an alerting class: " + alertClass);
        }
        return index;
    }

    /** Versioned binary form. */
    public static final class StoreDetectorStateSerde implements Serde<StoreDetectorState> {

        static final byte VERSION = 1;

        @Override
        public Serializer<StoreDetectorState> serializer() {
            return (topic, state) -> state == null ? null : write(state);
        }

        @Override
        public Deserializer<StoreDetectorState> deserializer() {
            return (topic, data) -> data == null ? null : read(data);
        }

        static byte[] write(StoreDetectorState state) {
            return BinaryWriter.encode(out -> {
                out.writeByte(VERSION);
                out.writeLong(state.sloWindowStart);
                out.writeInt(state.scopes.size());
                for (Map.Entry<String, ClassState[]> scope : state.scopes.entrySet()) {
                    out.writeUtf(scope.getKey());
                    out.writeByte(scope.getValue().length);
                    for (ClassState s : scope.getValue()) {
                        out.writeLong(s.windowStart);
                        out.writeDouble(s.baseline.mean());
                        out.writeDouble(s.baseline.variance());
                        out.writeInt(s.baseline.windows());
                        out.writeBoolean(s.firing);
                        if (s.firing) {
                            out.writeLong(s.startsAtMs);
                            out.writeDouble(s.fireLine);
                            out.writeDouble(s.firedMean);
                            out.writeDouble(s.firedDeviation);
                            out.writeInt(s.quietWindows);
                        }
                    }
                }
            });
        }

        static StoreDetectorState read(byte[] data) {
            BinaryReader in = new BinaryReader(data, "StoreDetectorState");
            in.readVersion(VERSION);
            StoreDetectorState state = new StoreDetectorState();
            state.sloWindowStart = in.readLong();
            int scopes = in.readInt();
            for (int i = 0; i < scopes; i++) {
                String scope = in.readUtf();
                int classes = in.readByte();
                ClassState[] states = newStates();
                for (int c = 0; c < classes; c++) {
                    ClassState s = c < states.length ? states[c] : new ClassState();
                    s.windowStart = in.readLong();
                    s.baseline = new Baseline(in.readDouble(), in.readDouble(), in.readInt());
                    s.firing = in.readBoolean();
                    if (s.firing) {
                        s.startsAtMs = in.readLong();
                        s.fireLine = in.readDouble();
                        s.firedMean = in.readDouble();
                        s.firedDeviation = in.readDouble();
                        s.quietWindows = in.readInt();
                    }
                }
                state.scopes.put(scope, states);
            }
            return state;
        }
    }
}
