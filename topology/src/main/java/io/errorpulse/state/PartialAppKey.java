package io.errorpulse.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The changelogged row of a pending partial: one app of one store in one window. Keeping a row per app
 * means a request rewrites only its own app's counts, not the store's whole per-app vector.
 */
public record PartialAppKey(String store, long windowStart, String app) {

    public PartialKey partialKey() {
        return new PartialKey(store, windowStart);
    }

    /** Window start (8 bytes), store length (2 bytes), store and app in UTF-8. */
    public static final class PartialAppKeySerde implements Serde<PartialAppKey> {

        @Override
        public Serializer<PartialAppKey> serializer() {
            return (topic, key) -> {
                if (key == null) {
                    return null;
                }
                byte[] store = key.store().getBytes(StandardCharsets.UTF_8);
                byte[] app = key.app().getBytes(StandardCharsets.UTF_8);
                return ByteBuffer.allocate(10 + store.length + app.length).putLong(key.windowStart())
                        .putShort((short) store.length).put(store).put(app).array();
            };
        }

        @Override
        public Deserializer<PartialAppKey> deserializer() {
            return (topic, data) -> {
                if (data == null) {
                    return null;
                }
                BinaryReader in = new BinaryReader(data, "PartialAppKey");
                long windowStart = in.readLong();
                int storeLength = in.readUnsignedShort();
                if (storeLength > data.length - 10) {
                    throw new SerializationException("corrupt PartialAppKey: a store of " + storeLength + " bytes in "
                            + data.length);
                }
                String store = new String(data, 10, storeLength, StandardCharsets.UTF_8);
                String app = new String(data, 10 + storeLength, data.length - 10 - storeLength, StandardCharsets.UTF_8);
                return new PartialAppKey(store, windowStart, app);
            };
        }
    }
}
