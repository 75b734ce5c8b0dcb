package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CredentialFingerprinterTest {

    /** The reference vector of the SipHash paper: key 00..0f, message 00..0e (15 bytes). */
    @Test
    void shouldComputeSipHash24AsTheReferenceDoes() {
        byte[] message = new byte[15];
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) i;
        }
        CredentialFingerprinter reference = new CredentialFingerprinter(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);

        assertThat(reference.sipHash24(message)).isEqualTo(0xa129ca6149be45e5L);
    }

    @Test
    void shouldGiveTheSameFingerprintForTheSameCredentialAndKeyOnly() {
        CredentialFingerprinter a = new CredentialFingerprinter("key-a".getBytes(StandardCharsets.UTF_8));
        CredentialFingerprinter b = new CredentialFingerprinter("key-b".getBytes(StandardCharsets.UTF_8));

        assertThat(a.fingerprint("sx_at_token")).matches("[0-9a-f]{12}").isEqualTo(a.fingerprint("sx_at_token"))
                .isNotEqualTo(a.fingerprint("sx_at_tokem")).isNotEqualTo(b.fingerprint("sx_at_token"));
    }
}
