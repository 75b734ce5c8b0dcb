package io.errorpulse.accesslog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A few lower-case ASCII words, matched in any case at a position of a byte array, grouped by the byte
 * they start with: at most positions of a line (a 64 kB body of one letter, random bytes) a match is one
 * table read, not a comparison with every word.
 */
final class AsciiWords {

    private final byte[][][] byFirst = new byte[128][][];
    /** By byte (unsigned): whether a word may start with it, in either case. */
    private final boolean[] starts = new boolean[256];

    /** @param words lower-case ASCII words; where several match at a position, the first listed wins */
    AsciiWords(String... words) {
        List<List<byte[]>> groups = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            groups.add(new ArrayList<>());
        }
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.US_ASCII);
            groups.get(bytes[0]).add(bytes);
            starts[bytes[0]] = true;
            starts[Character.toUpperCase(bytes[0]) & 0xFF] = true;
        }
        for (int c = 0; c < 128; c++) {
            if (!groups.get(c).isEmpty()) {
                byFirst[c] = groups.get(c).toArray(new byte[0][]);
            }
        }
    }

    /**
     * The first position from {@code from} on where one of the words may start (its first byte, in either
     * case), {@code b.length} when none: a scan of one table read per byte over what cannot match.
     */
    int nextCandidate(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (starts[b[i] & 0xFF]) {
                return i;
            }
        }
        return b.length;
    }

    /** Length of the first of the words at {@code i} of {@code b}, any case; 0 when none. */
    int matchAt(byte[] b, int i) {
        int c = b[i];
        if (c >= 'A' && c <= 'Z') {
            c += 'a' - 'A';
        }
        byte[][] candidates = c < 0 ? null : byFirst[c];
        if (candidates == null) {
            return 0;
        }
        for (byte[] word : candidates) {
            if (matchAt(b, i, word) > 0) {
                return word.length;
            }
        }
        return 0;
    }

    /** Length of {@code word} (lower-case ASCII) when it stands at {@code i} of {@code b}, any case; else 0. */
    static int matchAt(byte[] b, int i, byte[] word) {
        if (i + word.length > b.length) {
            return 0;
        }
        for (int k = 0; k < word.length; k++) {
            int c = b[i + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word[k]) {
                return 0;
            }
        }
        return word.length;
    }
}
