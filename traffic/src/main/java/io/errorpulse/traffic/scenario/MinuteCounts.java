package io.errorpulse.traffic.scenario;

/**
 * What one app of one store did in one minute of a scenario.
 *
 * @param authFailures rejected credentials (401)
 * @param rateLimited  429s
 * @param serverErrors 5xx
 */
public record MinuteCounts(String store, String app, long minuteStartMs, long requests, long authFailures,
                           long rateLimited, long serverErrors) {
}
