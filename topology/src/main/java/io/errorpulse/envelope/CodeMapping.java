package io.errorpulse.envelope;

import java.util.Objects;

/**
 * What one error code means in the canonical taxonomy: one line of a code-mapping file.
 *
 * <p>The alert class is what the code stands for, not the final verdict: the HTTP status still
 * decides first (see {@link Taxonomy}). Only {@link AlertClass#RATE_LIMITED} acts away from its
 * status (a throttling code alerts at any status below 500), and {@link AlertClass#NONE} on an
 * {@link Category#AUTHENTICATION} code marks a credential that was absent or an app that is not
 * installed, which even at 401 raises no alert.
 *
 * @param category   the canonical category; never {@link Category#NONE}
 * @param alertClass the alert class the code stands for
 * @param retry      the retry advice
 */
public record CodeMapping(Category category, AlertClass alertClass, Retry retry) {

    public CodeMapping {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(alertClass, "alertClass");
        Objects.requireNonNull(retry, "retry");
        if (category == Category.NONE) {
            throw new IllegalArgumentException("a code cannot map to category none");
        }
    }

    /** True for a code that says the credential was absent or the app not installed. */
    boolean meansCredentialAbsent() {
        return category == Category.AUTHENTICATION && alertClass == AlertClass.NONE;
    }

    boolean isThrottling() {
        return alertClass == AlertClass.RATE_LIMITED;
    }
}
