package io.errorpulse.envelope;

/**
 * Maps what an envelope carries (a code, maybe a Stripe type, a link) and the HTTP status to the
 * canonical error: category, alert class and retry advice.
 *
 * <p>The HTTP status is the truth when the body disagrees with it. A mapped code decides the
 * category and retry only when its category fits the status (a {@code VALIDATION_ERROR} logged with
 * a 500 is a server error); otherwise the status decides, as it does for unknown codes. Alert
 * classes follow DESIGN.md's rules, in order:
 * <ol>
 *   <li>429 is {@code rate_limited}, whatever the body;</li>
 *   <li>5xx is {@code server_error}, whatever the body;</li>
 *   <li>a throttling or quota code ({@link CodeMapping#isThrottling()}) at any other status is
 *       {@code rate_limited} (GraphQL {@code THROTTLED} at 200, {@code ThrottlingException} at 400);</li>
 *   <li>401 is {@code auth_failure}, unless the code says the credential was absent or the app not
 *       installed ({@link CodeMapping#meansCredentialAbsent()});</li>
 *   <li>anything else is none: a credential code at another status is not an auth failure.</li>
 * </ol>
 * Codes decide, never the prose of a message: no message text is ever read.
 */
final class Taxonomy {

    private static final CanonicalError[] NOT_AN_ERROR = new CanonicalError[Dialect.values().length];

    static {
        for (Dialect d : Dialect.values()) {
            NOT_AN_ERROR[d.ordinal()] = new CanonicalError(null, d, Category.NONE, AlertClass.NONE, Retry.NONE, null);
        }
    }

    private final CodeTable table;

    Taxonomy(CodeTable table) {
        this.table = table;
    }

    /**
     * @param saysError whether the body says explicitly that it is an error (only matters at 1xx-3xx)
     * @param code      the code the envelope carries, or null
     * @param typeHint  a value that classifies when the code is absent or unknown (Stripe's type), or null
     * @param docUrl    a documentation link the envelope carries, or null
     */
    CanonicalError decide(int status, Dialect dialect, boolean saysError, String code, String typeHint, String docUrl) {
        boolean errorByStatus = StatusRules.isErrorStatus(status) || !StatusRules.isValid(status);
        if (!errorByStatus && !saysError) {
            return notAnError(dialect);
        }
        CodeMapping mapping = table.lookup(code);
        if (mapping == null && typeHint != null) {
            mapping = table.lookup(typeHint);
        }
        Category category;
        Retry retry;
        if (mapping != null && fitsStatus(mapping.category(), status)) {
            category = mapping.category();
            retry = mapping.retry();
        } else if (StatusRules.isErrorStatus(status)) {
            category = StatusRules.category(status);
            retry = StatusRules.retry(status);
        } else {
            category = Category.UNKNOWN;
            retry = Retry.NONE;
        }
        return new CanonicalError(code, dialect, category, alertClass(status, mapping), retry, docUrl);
    }

    /** The result for a response without a code: the status decides (a 1xx-3xx is no error). */
    CanonicalError fromStatus(int status, Dialect dialect) {
        if (StatusRules.isValid(status) && !StatusRules.isErrorStatus(status)) {
            return notAnError(dialect);
        }
        return new CanonicalError(null, dialect, StatusRules.category(status), alertClass(status, null),
                StatusRules.retry(status), null);
    }

    static CanonicalError notAnError(Dialect dialect) {
        return NOT_AN_ERROR[dialect.ordinal()];
    }

    /** The alert class of a response, by DESIGN.md's rules; {@code mapping} null when its code is unknown or absent. */
    static AlertClass alertClass(int status, CodeMapping mapping) {
        if (status == 429) {
            return AlertClass.RATE_LIMITED;
        }
        if (StatusRules.isServerError(status)) {
            return AlertClass.SERVER_ERROR;
        }
        if (mapping != null && mapping.isThrottling()) {
            return AlertClass.RATE_LIMITED;
        }
        if (status == 401) {
            return mapping != null && mapping.meansCredentialAbsent() ? AlertClass.NONE : AlertClass.AUTH_FAILURE;
        }
        return AlertClass.NONE;
    }

    /** Whether a code's category is compatible with the logged status (else the status wins). */
    static boolean fitsStatus(Category category, int status) {
        boolean serverSide = category == Category.SERVER || category == Category.UPSTREAM
                || category == Category.UNAVAILABLE;
        boolean limit = category == Category.RATE_LIMIT || category == Category.QUOTA;
        if (status == 429) {
            return limit;
        }
        if (StatusRules.isServerError(status)) {
            return serverSide;
        }
        if (status == 401) {
            return category == Category.AUTHENTICATION || limit;
        }
        if (status >= 400 && status <= 499) {
            return !serverSide;
        }
        return true;
    }
}
