package io.errorpulse.envelope;

/**
 * What the HTTP status alone says: the category and retry advice of a response whose body carries
 * no recognisable code (or a code that contradicts the status), and which statuses are errors.
 */
final class StatusRules {

    private StatusRules() {
    }

    /** 4xx and 5xx are errors whatever the body says; 1xx-3xx only when the body says so. */
    static boolean isErrorStatus(int status) {
        return status >= 400 && status <= 599;
    }

    static boolean isServerError(int status) {
        return status >= 500 && status <= 599;
    }

    /** A real HTTP status (100-599); anything else is a logging artefact (0, -1, 999). */
    static boolean isValid(int status) {
        return status >= 100 && status <= 599;
    }

    /** The category the status implies; {@link Category#NONE} for 1xx-3xx, UNKNOWN for invalid statuses. */
    static Category category(int status) {
        if (!isValid(status)) {
            return Category.UNKNOWN;
        }
        if (status < 400) {
            return Category.NONE;
        }
        return switch (status) {
            case 400, 405, 406, 411, 413, 414, 415, 416, 417, 422, 431 -> Category.VALIDATION;
            case 401, 407 -> Category.AUTHENTICATION;
            case 402 -> Category.PAYMENT;
            case 403, 451 -> Category.AUTHORIZATION;
            case 404 -> Category.NOT_FOUND;
            case 409, 412, 423, 424, 428 -> Category.CONFLICT;
            case 410 -> Category.GONE;
            case 429 -> Category.RATE_LIMIT;
            case 502, 504 -> Category.UPSTREAM;
            case 503 -> Category.UNAVAILABLE;
            default -> status >= 500 ? Category.SERVER : Category.UNKNOWN;
        };
    }

    /** Seed 003's retry guidance by status: refresh on 401, wait on 429, back off on 5xx, else fix the request. */
    static Retry retry(int status) {
        if (status == 401) {
            return Retry.REFRESH_CREDENTIALS;
        }
        if (status == 429 || status == 408 || status == 425) {
            return Retry.AFTER_DELAY;
        }
        if (isServerError(status) && status != 501 && status != 505) {
            return Retry.BACKOFF;
        }
        return Retry.NONE;
    }
}
