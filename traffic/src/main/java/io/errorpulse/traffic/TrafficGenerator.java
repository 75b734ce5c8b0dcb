package io.errorpulse.traffic;

import io.errorpulse.traffic.ErrorBodies.Outcome;
import java.util.Random;

/**
 * Plays a {@link TrafficModel}: each call to {@link #next(long)} returns one access-log line of a
 * request at the given event time, from a store drawn by its traffic share, with the background error
 * mix, or, while a storm is active, from the storm with the storm's share. Deterministic for a seed.
 */
public final class TrafficGenerator {

    private final TrafficModel model;
    private final Random random;
    private final double[] cumulativeStoreShare;

    public TrafficGenerator(TrafficModel model, long seed) {
        this.model = model;
        this.random = new Random(seed);
        this.cumulativeStoreShare = zipf(model.stores(), model.zipfExponent());
    }

    /** One line at {@code eventTimeMs}. */
    public String next(long eventTimeMs) {
        for (Storm storm : model.storms()) {
            if (storm.activeAt(eventTimeMs) && random.nextDouble() < storm.share()) {
                String app = storm.app() != null ? storm.app() : TrafficModel.appId(random.nextInt(model.apps()));
                return line(eventTimeMs, storm.store(), app, stormOutcome(storm.kind()));
            }
        }
        String store = TrafficModel.storeId(drawStore());
        String app = TrafficModel.appId(random.nextInt(model.apps()));
        return line(eventTimeMs, store, app, backgroundOutcome());
    }

    private String line(long eventTimeMs, String store, String app, Outcome outcome) {
        int shape = Math.floorMod(store.hashCode(), ErrorBodies.SHAPES);
        int status = ErrorBodies.status(outcome, random);
        String body = ErrorBodies.body(shape, outcome, status, random);
        String token = "sx_at_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        return AccessLogLine.defaultFraming(eventTimeMs, store, app, status, body, token);
    }

    private Outcome backgroundOutcome() {
        double r = random.nextDouble();
        if ((r -= model.authFailure()) < 0) {
            return Outcome.AUTH_FAILURE;
        }
        if ((r -= model.rateLimited()) < 0) {
            return Outcome.RATE_LIMITED;
        }
        if ((r -= model.serverError()) < 0) {
            return Outcome.SERVER_ERROR;
        }
        if ((r -= model.otherErrors()) < 0) {
            return switch (random.nextInt(3)) {
                case 0 -> Outcome.NOT_FOUND;
                case 1 -> Outcome.VALIDATION;
                default -> Outcome.MISSING_CREDENTIAL;
            };
        }
        return Outcome.OK;
    }

    private static Outcome stormOutcome(StormKind kind) {
        return switch (kind) {
            case AUTH_FAILURE -> Outcome.AUTH_FAILURE;
            case RATE_LIMITED -> Outcome.RATE_LIMITED;
            case SERVER_ERROR -> Outcome.SERVER_ERROR;
        };
    }

    private int drawStore() {
        double r = random.nextDouble();
        int lo = 0;
        int hi = cumulativeStoreShare.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeStoreShare[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }
}
