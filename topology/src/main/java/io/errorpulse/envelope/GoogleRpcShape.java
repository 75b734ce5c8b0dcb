package io.errorpulse.envelope;

/**
 * google.rpc.Status as JSON (AIP-193): {@code {"error": {"code": 429, "message", "status":
 * "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
 * "reason": "RATE_LIMIT_EXCEEDED", "domain", "metadata"}]}}}, and Google's legacy
 * {@code error.errors[{"domain", "reason"}]}. Recognised by a string {@code error.status}, typed
 * {@code error.details}, or an {@code error.errors} array.
 *
 * <p>The code is the ErrorInfo {@code reason}, else the legacy {@code errors[0].reason}, else the
 * canonical {@code status} name; {@code error.code} is only the HTTP status.
 */
final class GoogleRpcShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.GOOGLE_RPC;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.errorIsObject && !m.odataV3
                && (m.errStatus != null || m.errDetailsHaveAtType || m.errErrorsIsArray);
    }

    @Override
    public String code(EnvelopeMembers m) {
        if (m.errInfoReason != null) {
            return m.errInfoReason;
        }
        if (m.errLegacyReason != null) {
            return m.errLegacyReason;
        }
        return Codes.orNull(m.errStatus);
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return true;
    }
}
