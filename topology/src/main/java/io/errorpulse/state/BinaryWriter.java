package io.errorpulse.state;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Writes the state serdes' binary forms into a growing array: big-endian numbers and length-prefixed
 * strings, byte for byte what {@link java.io.DataOutputStream} writes (strings in its modified UTF-8),
 * without the stream's per-call locking and copying, which dominated the stream threads' profile.
 */
public final class BinaryWriter {

    /** A scratch buffer past this size is not kept for the thread's next value. */
    static final int SCRATCH_KEPT_BYTES = 64 * 1024;
    private static final ThreadLocal<BinaryWriter> SCRATCH = ThreadLocal.withInitial(() -> new BinaryWriter(1024));

    private byte[] bytes;
    private int size;
    private boolean inUse;

    public BinaryWriter(int expectedSize) {
        bytes = new byte[Math.max(16, expectedSize)];
    }

    /**
     * Writes one value with this thread's scratch buffer and returns its bytes (an array of exactly
     * their length): a serializer's per-value buffer, sized for the largest value, was most of the
     * state serdes' allocation. A write nested inside another on the same thread gets a buffer of its own.
     */
    public static byte[] encode(Consumer<BinaryWriter> write) {
        BinaryWriter out = SCRATCH.get();
        if (out.inUse) {
            out = new BinaryWriter(256);
        }
        out.inUse = true;
        out.size = 0;
        try {
            write.accept(out);
            return out.toByteArray();
        } finally {
            out.inUse = false;
            if (out.bytes.length > SCRATCH_KEPT_BYTES) {
                out.bytes = new byte[1024];
            }
        }
    }

    public BinaryWriter writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    public BinaryWriter writeBoolean(boolean value) {
        return writeByte(value ? 1 : 0);
    }

    public BinaryWriter writeShort(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
        return this;
    }

    public BinaryWriter writeInt(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    public BinaryWriter writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    /** An unsigned LEB128 varint: seven bits a byte, low bits first (1 byte below 128, at most 10). */
    public BinaryWriter writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
        return this;
    }

    public BinaryWriter writeDouble(double value) {
        return writeLong(Double.doubleToLongBits(value));
    }

    /**
     * A string as {@link java.io.DataOutput#writeUTF}: an unsigned 16-bit byte length, then modified
     * UTF-8 (NUL as two bytes, supplementary characters as two three-byte surrogates).
     *
     * @throws IllegalArgumentException if it encodes to more than 65,535 bytes
     */
    public BinaryWriter writeUtf(String value) {
        int length = value.length();
        if (length <= 0xFFFF && isPlainAscii(value)) {
            writeShort(length);
            ensure(length);
            for (int i = 0; i < length; i++) {
                bytes[size++] = (byte) value.charAt(i);
            }
            return this;
        }
        int encoded = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            encoded += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        if (encoded > 0xFFFF) {
            throw new IllegalArgumentException("string of " + encoded + " bytes is longer than 65535");
        }
        writeShort(encoded);
        ensure(encoded);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                bytes[size++] = (byte) c;
            } else if (c <= 0x07FF) {
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else {
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    /** Bytes as they are, without a length: the last field of a value, read back by {@link BinaryReader#readRemaining}. */
    public BinaryWriter writeBytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    /** Every character one byte in modified UTF-8 (1..127): the common case of ids, codes and URLs. */
    private static boolean isPlainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c > 0x7F) {
                return false;
            }
        }
        return true;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
