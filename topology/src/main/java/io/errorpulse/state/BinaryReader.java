package io.errorpulse.state;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads what {@link BinaryWriter} (or {@link java.io.DataOutputStream}) wrote. Running past the end
 * or meeting a malformed string is a {@link SerializationException} naming what was being read.
 */
public final class BinaryReader {

    private final byte[] bytes;
    private final String what;
    private int position;

    /** @param what the value being read, for error messages ("StoreWindowCounts") */
    public BinaryReader(byte[] bytes, String what) {
        this(bytes, 0, what);
    }

    /** A reader of {@code bytes} from {@code position} on. */
    public BinaryReader(byte[] bytes, int position, String what) {
        this.bytes = bytes;
        this.position = position;
        this.what = what;
    }

    /** The index of the next byte to read. */
    public int position() {
        return position;
    }

    /** The bytes this reader reads (not a copy). */
    byte[] bytes() {
        return bytes;
    }

    /**
     * The leading format version of a value, 1 to {@code latest}: a version from the future (or 0) is
     * refused rather than misread.
     */
    public int readVersion(int latest) {
        byte version = readByte();
        if (version < 1 || version > latest) {
            throw new SerializationException("unknown " + what + " format version " + version);
        }
        return version;
    }

    public byte readByte() {
        require(1);
        return bytes[position++];
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public short readShort() {
        require(2);
        return (short) ((bytes[position++] & 0xFF) << 8 | (bytes[position++] & 0xFF));
    }

    public int readUnsignedShort() {
        return readShort() & 0xFFFF;
    }

    public int readInt() {
        require(4);
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 8 | (bytes[position++] & 0xFF);
        }
        return value;
    }

    public long readLong() {
        require(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (bytes[position++] & 0xFF);
        }
        return value;
    }

    /** A varint written by {@link BinaryWriter#writeVarLong}. */
    public long readVarLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = readByte();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new SerializationException("corrupt " + what + ": varint longer than 10 bytes at byte " + position);
    }

    /** A varint that must fit a non-negative int (a count of elements). */
    public int readVarCount() {
        long value = readVarLong();
        if (value < 0 || value > bytes.length) {
            throw new SerializationException("corrupt " + what + ": count " + value + " exceeds the " + bytes.length + " bytes read");
        }
        return (int) value;
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    /** The bytes from the position to the end, as written by {@link BinaryWriter#writeBytes}. */
    public byte[] readRemaining() {
        byte[] rest = Arrays.copyOfRange(bytes, position, bytes.length);
        position = bytes.length;
        return rest;
    }

    /** A string written by {@link BinaryWriter#writeUtf}. */
    public String readUtf() {
        int length = readUnsignedShort();
        require(length);
        int start = position;
        int end = start + length;
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = bytes[i] > 0;
        }
        position = end;
        if (ascii) {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        return decodeModifiedUtf8(start, end);
    }

    /** Reads a string written by {@link BinaryWriter#writeUtf} and tells whether it equals {@code expected}. */
    public boolean readUtfEquals(String expected) {
        int length = readUnsignedShort();
        require(length);
        int start = position;
        position += length;
        if (length == expected.length()) {
            boolean ascii = true;
            for (int i = 0; i < length && ascii; i++) {
                ascii = bytes[start + i] > 0;
                if (ascii && bytes[start + i] != expected.charAt(i)) {
                    return false;
                }
            }
            if (ascii) {
                return true;
            }
        }
        for (int i = start; i < position; i++) {
            if (bytes[i] <= 0) {
                return decodeModifiedUtf8(start, position).equals(expected); // rare: a non-ASCII name
            }
        }
        return false;
    }

    /** Passes over a string written by {@link BinaryWriter#writeUtf}, checking that it decodes. */
    public void skipUtf() {
        int length = readUnsignedShort();
        require(length);
        int start = position;
        position += length;
        for (int i = start; i < position; i++) {
            if (bytes[i] <= 0) {
                decodeModifiedUtf8(start, position);
                return;
            }
        }
    }

    private String decodeModifiedUtf8(int start, int end) {
        char[] chars = new char[end - start];
        int count = 0;
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                chars[count++] = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0 && i + 1 < end && (bytes[i + 1] & 0xC0) == 0x80) {
                chars[count++] = (char) ((b & 0x1F) << 6 | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < end && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
                chars[count++] = (char) ((b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | (bytes[i + 2] & 0x3F));
                i += 3;
            } else {
                throw new SerializationException("corrupt " + what + ": malformed string at byte " + i);
            }
        }
        return new String(chars, 0, count);
    }

    private void require(int count) {
        if (count > bytes.length - position) {
            throw new SerializationException("corrupt " + what + ": " + count + " more bytes expected at byte "
                    + position + " of " + bytes.length);
        }
    }
}
