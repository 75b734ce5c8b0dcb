package io.errorpulse.connect.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private final WebhookSigner signer = new WebhookSigner("errorpulse-test-secret-0123456789");

    @Test
    void shouldSignTimestampDotBodyWithHmacSha256() {
        // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'errorpulse-test-secret-0123456789'
        assertThat(signer.sign(1_700_000_000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=1fc4da47df129f62d1d0c5fcd9e356b77b4b35493c999405ccc5fb2c6dc08305");
    }

    @Test
    void shouldChangeTheSignatureWithTheTimestamp() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(signer.sign(1L, body)).isNotEqualTo(signer.sign(2L, body));
    }
}
