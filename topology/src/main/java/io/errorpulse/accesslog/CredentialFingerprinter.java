package io.errorpulse.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A short keyed hash of a credential: SipHash-2-4 under a 128-bit key derived (SHA-256) from the
 * configured fingerprint key, printed as the 12 hex digits of its low 48 bits. Enough to see that one
 * token failed 10,000 times; useless to recover the token, and not comparable across deployments with
 * different keys. SipHash is a pseudo-random function built for short inputs: a tenth of the cost of an
 * HMAC-SHA256, which would otherwise be the dearest step of reading a line. Stateless and thread-safe.
 */
final class CredentialFingerprinter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int HEX_DIGITS = 12;

    private final long k0;
    private final long k1;

    CredentialFingerprinter(byte[] key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key == null ? new byte[0] : key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        this.k0 = littleEndian(digest, 0);
        this.k1 = littleEndian(digest, 8);
    }

    /** With a raw SipHash key, for the reference test vector. */
    CredentialFingerprinter(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    String fingerprint(String credential) {
        long hash = sipHash24(credential.getBytes(StandardCharsets.UTF_8));
        char[] out = new char[HEX_DIGITS];
        for (int i = HEX_DIGITS - 1; i >= 0; i--) {
            out[i] = HEX[(int) (hash & 0xf)];
            hash >>>= 4;
        }
        return new String(out);
    }

    /** SipHash-2-4 (Aumasson and Bernstein), 64-bit output. */
    long sipHash24(byte[] m) {
        long v0 = 0x736f6d6570736575L ^ k0;
        long v1 = 0x646f72616e646f6dL ^ k1;
        long v2 = 0x6c7967656e657261L ^ k0;
        long v3 = 0x7465646279746573L ^ k1;
        int last = m.length & ~7;
        for (int i = 0; i < last; i += 8) {
            long mi = littleEndian(m, i);
            v3 ^= mi;
            for (int r = 0; r < 2; r++) {
                v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
                v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
                v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
                v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= mi;
        }
        long b = ((long) m.length) << 56;
        for (int i = m.length - 1; i >= last; i--) {
            b |= (m[i] & 0xffL) << (8 * (i - last));
        }
        v3 ^= b;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static long littleEndian(byte[] b, int from) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[from + i] & 0xffL);
        }
        return v;
    }
}
