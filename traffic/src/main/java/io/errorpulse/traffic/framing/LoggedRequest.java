package io.errorpulse.traffic.framing;

/** What every framing logs of one request; the token is a credential the reader must redact. */
public record LoggedRequest(long eventTimeMs, String store, String app, int status, String body, String token) {
}
