package io.errorpulse.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short keyed hash of a credential (HMAC-SHA256, first 6 bytes as 12 hex digits): enough to see that
 * one token failed 10,000 times, useless to recover the token, and not comparable across deployments
 * with different keys. One {@link Mac} per thread: stream threads share the reader.
 */
final class CredentialFingerprinter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int BYTES = 6;

    private final ThreadLocal<Mac> macs;

    CredentialFingerprinter(byte[] key) {
        byte[] copy = key == null || key.length == 0 ? new byte[] {0} : key.clone();
        SecretKeySpec spec = new SecretKeySpec(copy, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    String fingerprint(String credential) {
        byte[] digest = macs.get().doFinal(credential.getBytes(StandardCharsets.UTF_8));
        char[] out = new char[BYTES * 2];
        for (int i = 0; i < BYTES; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(out);
    }
}
