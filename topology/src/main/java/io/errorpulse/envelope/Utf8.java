package io.errorpulse.envelope;

/**
 * UTF-8 validation and repair, for the rare body Jackson rejects because of a bad byte sequence.
 *
 * <p>Gateways log bodies truncated in the middle of a character, or in Latin-1; the envelope
 * around such a byte is still worth reading. A body is only repaired after a parse has failed, so
 * well-formed bodies pay nothing. Repair replaces each maximal invalid subsequence with U+FFFD
 * (Unicode's "substitution of maximal subparts"), in one linear pass.
 */
final class Utf8 {

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private Utf8() {
    }

    /** True when {@code bytes[from..]} is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates). */
    static boolean isValid(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            int n = sequenceLength(bytes, i);
            if (n <= 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /** {@code bytes[from..]} with every invalid subsequence replaced by U+FFFD. */
    static byte[] repair(byte[] bytes, int from) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length - from + 16);
        int i = from;
        while (i < bytes.length) {
            int n = sequenceLength(bytes, i);
            if (n > 0) {
                out.write(bytes, i, n);
                i += n;
            } else {
                out.write(REPLACEMENT, 0, REPLACEMENT.length);
                i += -n;
            }
        }
        return out.toByteArray();
    }

    /**
     * The length of the well-formed sequence starting at {@code i}, or minus the length of the
     * maximal invalid subpart to replace (at least 1).
     */
    private static int sequenceLength(byte[] b, int i) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return 1;
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= b.length) {
                return -k;
            }
            int bk = b[i + k] & 0xFF;
            int min = k == 1 ? lo : 0x80;
            int max = k == 1 ? hi : 0xBF;
            if (bk < min || bk > max) {
                return -k;
            }
        }
        return need + 1;
    }
}
