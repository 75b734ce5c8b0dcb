package io.errorpulse.envelope;

/** What the HTTP status alone says, for a body that carries no recognisable code. */
final class StatusRules {

    private StatusRules() {
    }

    static CanonicalError fromStatus(int status, Dialect dialect) {
        if (status == 429) {
            return new CanonicalError(null, dialect, Category.RATE_LIMIT, AlertClass.RATE_LIMITED, Retry.AFTER_DELAY, null);
        }
        if (status >= 500) {
            Category category = switch (status) {
                case 502, 504 -> Category.UPSTREAM;
                case 503 -> Category.UNAVAILABLE;
                default -> Category.SERVER;
            };
            return new CanonicalError(null, dialect, category, AlertClass.SERVER_ERROR, Retry.BACKOFF, null);
        }
        if (status == 401) {
            return new CanonicalError(null, dialect, Category.AUTHENTICATION, AlertClass.AUTH_FAILURE,
                    Retry.REFRESH_CREDENTIALS, null);
        }
        if (status >= 400) {
            Category category = switch (status) {
                case 402 -> Category.PAYMENT;
                case 403 -> Category.AUTHORIZATION;
                case 404 -> Category.NOT_FOUND;
                case 409 -> Category.CONFLICT;
                case 410 -> Category.GONE;
                case 400, 422 -> Category.VALIDATION;
                default -> Category.UNKNOWN;
            };
            return new CanonicalError(null, dialect, category, AlertClass.NONE, Retry.NONE, null);
        }
        return new CanonicalError(null, dialect, Category.NONE, AlertClass.NONE, Retry.NONE, null);
    }
}
