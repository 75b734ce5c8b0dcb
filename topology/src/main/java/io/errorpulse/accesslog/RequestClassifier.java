package io.errorpulse.accesslog;

import io.errorpulse.envelope.EnvelopeClassifier;

/** Classifies the response of an access record: the one code path shared by the stream and {@code classify}. */
public final class RequestClassifier {

    private final EnvelopeClassifier envelopes;

    public RequestClassifier(EnvelopeClassifier envelopes) {
        this.envelopes = envelopes;
    }

    public ClassifiedRequest classify(AccessRecord record) {
        return new ClassifiedRequest(record,
                envelopes.classify(record.status(), record.responseHeaders(), record.responseBody()));
    }
}
