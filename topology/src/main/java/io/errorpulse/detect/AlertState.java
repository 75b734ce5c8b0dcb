package io.errorpulse.detect;

import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the detector remembers of one (store, app, class) while it fires.
 *
 * @param startsAtMs       when it fired
 * @param lastSentMs       when it was last sent (fire or re-notify)
 * @param lastWindowStart  the newest window it has judged
 * @param quietWindows     consecutive closed windows below the resolve line
 * @param currentQuiet     whether the newest window is below the resolve line so far
 */
public record AlertState(long startsAtMs, long lastSentMs, long lastWindowStart, int quietWindows, boolean currentQuiet) {

    public static final class AlertStateSerde implements Serde<AlertState> {
        private static final byte VERSION = 1;

        @Override
        public Serializer<AlertState> serializer() {
            return (topic, s) -> s == null ? null : ByteBuffer.allocate(1 + 8 * 3 + 4 + 1).put(VERSION)
                    .putLong(s.startsAtMs).putLong(s.lastSentMs).putLong(s.lastWindowStart).putInt(s.quietWindows)
                    .put((byte) (s.currentQuiet ? 1 : 0)).array();
        }

        @Override
        public Deserializer<AlertState> deserializer() {
            return (topic, data) -> {
                if (data == null) {
                    return null;
                }
                ByteBuffer b = ByteBuffer.wrap(data);
                b.get();
                return new AlertState(b.getLong(), b.getLong(), b.getLong(), b.getInt(), b.get() == 1);
            };
        }
    }
}
