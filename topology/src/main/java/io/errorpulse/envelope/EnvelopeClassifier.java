package io.errorpulse.envelope;

/**
 * Turns a logged HTTP status, response headers and response body into a {@link CanonicalError}.
 * Never throws, whatever the body.
 */
public final class EnvelopeClassifier {

    public CanonicalError classify(int status, ResponseHeaders headers, byte[] body) {
        return StatusRules.fromStatus(status, body == null || body.length == 0 ? Dialect.EMPTY : Dialect.MALFORMED);
    }
}
