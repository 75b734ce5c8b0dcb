package io.errorpulse.envelope;

/**
 * JSON:API error documents: {@code {"errors": [{"status": "422", "code", "title", "detail",
 * "source"}], "jsonapi": {...}}}. Recognised by a top-level {@code jsonapi} object, or by a
 * top-level {@code errors} array whose elements carry JSON:API's members ({@code title},
 * {@code detail}, {@code source}, {@code status}, {@code id}, {@code links}).
 *
 * <p>The code is {@code code} of the first error that has one. A non-empty {@code errors} is an
 * explicit error.
 */
final class JsonApiShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.JSONAPI;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.hasJsonapiMember || (m.errorObjects > 0 && m.errorsJsonapiMarks);
    }

    @Override
    public String code(EnvelopeMembers m) {
        return m.errorsCode;
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return m.errorObjects > 0;
    }
}
