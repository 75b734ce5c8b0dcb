package io.errorpulse.accesslog;

import io.errorpulse.envelope.CanonicalError;

/**
 * One request with its meaning: what the topology counts and what {@code classify} prints.
 *
 * @param record the access record (credential-free)
 * @param error  the canonical error of its response (category NONE for a success)
 */
public record ClassifiedRequest(AccessRecord record, CanonicalError error) {
}
