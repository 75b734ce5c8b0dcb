package io.errorpulse.benchmarks;

import io.errorpulse.envelope.ResponseHeaders;

/** One logged response to classify: status, headers and body bytes. */
record Sample(int status, ResponseHeaders headers, byte[] body) {
}
