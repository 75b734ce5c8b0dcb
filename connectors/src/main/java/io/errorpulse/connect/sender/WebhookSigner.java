package io.errorpulse.connect.sender;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies: {@code sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))}. Binding the
 * timestamp into the signature lets a receiver reject old requests replayed by someone who captured
 * one; the scheme is the one Stripe and Slack use, so receivers know how to check it.
 */
public final class WebhookSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public WebhookSigner(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The signature header value for {@code body} signed at {@code epochSeconds}. */
    public String sign(long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
