package io.errorpulse.envelope;

/**
 * Seed 002 (Stripe style): {@code {"error": {"type": "not_found_error", "code", "message",
 * "param"}, "request_id"}}. Recognised by a string {@code error.type}. The code is
 * {@code error.code}; the {@code type} is not the code, but classifies when the code is absent
 * (or not in the code table).
 */
final class StripeTypedShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.STRIPE_TYPED;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.errorIsObject && m.errType != null;
    }

    @Override
    public String code(EnvelopeMembers m) {
        return m.errCode;
    }

    @Override
    public String typeHint(EnvelopeMembers m) {
        return m.errType;
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return true;
    }
}
