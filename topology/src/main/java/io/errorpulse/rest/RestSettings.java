package io.errorpulse.rest;

import java.time.Duration;

/**
 * The REST server's settings, already validated.
 *
 * @param host         interface to listen on
 * @param port         port (0: a free one)
 * @param keys         accepted API keys
 * @param metricsOpen  whether {@code /metrics} answers without an API key
 * @param peerTimeout  how long a forwarded request or one part of a global view may take
 * @param retention    how far back counts are kept: the longest range a query may ask for
 */
public record RestSettings(String host, int port, ApiKeys keys, boolean metricsOpen, Duration peerTimeout,
                           Duration retention) {
}
