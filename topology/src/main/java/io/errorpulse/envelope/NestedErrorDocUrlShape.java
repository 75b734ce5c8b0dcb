package io.errorpulse.envelope;

/**
 * Seed 001: {@code {"error": {"code", "message", "doc_url", "details": [{"field", "message"}]}}}.
 * Recognised by an {@code error} object that no more specific shape claimed. The code is
 * {@code error.code}; {@code error.doc_url} is a ready runbook link.
 */
final class NestedErrorDocUrlShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.NESTED_ERROR_DOC_URL;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.errorIsObject;
    }

    @Override
    public String code(EnvelopeMembers m) {
        return m.errCode;
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return true;
    }
}
