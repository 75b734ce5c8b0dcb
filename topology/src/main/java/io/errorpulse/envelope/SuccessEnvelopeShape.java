package io.errorpulse.envelope;

/**
 * Seed 003: {@code {"success": false, "data": null, "error": {"code", "message", "details"},
 * "meta": {...}}}. Recognised by a boolean top-level {@code success}; {@code success: false} is an
 * explicit error even at 200. The code is {@code error.code}.
 */
final class SuccessEnvelopeShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.SUCCESS_ENVELOPE;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.success != null;
    }

    @Override
    public String code(EnvelopeMembers m) {
        return m.errCode;
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return Boolean.FALSE.equals(m.success);
    }
}
