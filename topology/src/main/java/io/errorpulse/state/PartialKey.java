package io.errorpulse.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** The key of a pending partial: one store in one window. */
public record PartialKey(String store, long windowStart) {

    /** Window start (8 bytes, big-endian) then the store id in UTF-8. */
    public static final class PartialKeySerde implements Serde<PartialKey> {

        @Override
        public Serializer<PartialKey> serializer() {
            return (topic, key) -> {
                if (key == null) {
                    return null;
                }
                byte[] store = key.store().getBytes(StandardCharsets.UTF_8);
                return ByteBuffer.allocate(8 + store.length).putLong(key.windowStart()).put(store).array();
            };
        }

        @Override
        public Deserializer<PartialKey> deserializer() {
            return (topic, data) -> {
                if (data == null) {
                    return null;
                }
                ByteBuffer buffer = ByteBuffer.wrap(data);
                long windowStart = buffer.getLong();
                return new PartialKey(new String(data, 8, data.length - 8, StandardCharsets.UTF_8), windowStart);
            };
        }
    }
}
