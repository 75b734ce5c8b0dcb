package io.errorpulse.envelope;

/**
 * Seed 004: {@code {"code": 400, "status": "error", "message", "error": {"code", "message",
 * "details"}}}. Recognised by a string top-level {@code status} together with an integer top-level
 * {@code code} or an {@code error} object. The top-level integer is the HTTP status, not the code:
 * the code is {@code error.code}. {@code status: "error"} or an {@code error} object is an explicit
 * error even at 200.
 */
final class StatusEnvelopeShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.STATUS_ENVELOPE;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.statusIsString && (m.codeIsInteger || m.errorIsObject);
    }

    @Override
    public String code(EnvelopeMembers m) {
        return m.errCode;
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return m.errorIsObject || m.statusSaysError;
    }
}
