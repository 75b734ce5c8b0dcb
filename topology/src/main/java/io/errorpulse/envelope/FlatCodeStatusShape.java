package io.errorpulse.envelope;

/**
 * Seed 000 and the many APIs that put everything at the top level: {@code {"message", "code",
 * "status"}} (also Twilio's integer codes), OAuth 2.0's {@code {"error", "error_description"}},
 * GitHub's {@code {"message", "documentation_url"}}, Kong's {@code {"message"}}. Recognised by a
 * top-level code, a string {@code error}, an {@code error_description} or a string {@code message}.
 *
 * <p>The code is the top-level {@code code}, else the string {@code error}. A flat body never says
 * by itself that a 1xx-3xx response is an error.
 */
final class FlatCodeStatusShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.FLAT_CODE_STATUS;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.code != null || m.errorText != null || m.hasErrorDescription || m.hasMessage;
    }

    @Override
    public String code(EnvelopeMembers m) {
        return m.code != null ? m.code : m.errorText;
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return false;
    }
}
