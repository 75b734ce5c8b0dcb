package io.errorpulse.state;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * How far the partials of one input partition have been forwarded: every request at an offset before
 * {@code nextOffset} is in a forwarded partial. The requests after it that the task had processed when it
 * last committed are read again from the input topic when the task starts.
 *
 * @param nextOffset   the input offset of the first request not yet forwarded
 * @param streamTimeMs the task's stream time at the flush, so that requests read again are judged late as
 *                     they were the first time
 */
public record FlushCheckpoint(long nextOffset, long streamTimeMs) {

    public FlushCheckpoint {
        if (nextOffset < 0) {
            throw new IllegalArgumentException("a checkpoint's next offset is never negative: " + nextOffset);
        }
    }

    /** Versioned binary form: version, next offset, stream time. */
    public static final class FlushCheckpointSerde implements Serde<FlushCheckpoint> {

        static final byte VERSION = 1;

        @Override
        public Serializer<FlushCheckpoint> serializer() {
            return (topic, value) -> value == null ? null
                    : new BinaryWriter(17).writeByte(VERSION).writeLong(value.nextOffset()).writeLong(value.streamTimeMs())
                    .toByteArray();
        }

        @Override
        public Deserializer<FlushCheckpoint> deserializer() {
            return (topic, data) -> {
                if (data == null) {
                    return null;
                }
                BinaryReader in = new BinaryReader(data, "FlushCheckpoint");
                in.readVersion(VERSION);
                long nextOffset = in.readLong();
                long streamTimeMs = in.readLong();
                if (nextOffset < 0) {
                    throw new SerializationException("corrupt FlushCheckpoint: next offset " + nextOffset);
                }
                return new FlushCheckpoint(nextOffset, streamTimeMs);
            };
        }
    }
}
