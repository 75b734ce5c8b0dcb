package io.errorpulse.envelope;

/**
 * OData and Microsoft REST APIs: {@code {"error": {"code", "message", "target", "details":
 * [{"code", "message", "target"}], "innererror": {...}}}} (Microsoft Graph spells it
 * {@code innerError}), and OData v3's {@code {"odata.error": {"code", "message": {"lang",
 * "value"}}}}. Recognised by {@code odata.error}, or an {@code error} object with an inner error,
 * a {@code target}, a structured {@code message} or coded {@code details}.
 *
 * <p>The code is the top-level {@code error.code}, never the deepest {@code innererror}'s. A bare
 * {@code {"error": {"code", "message"}}} is also valid OData, but it is the seed 001 shape and is
 * reported as {@link NestedErrorDocUrlShape}; the code read is the same.
 */
final class ODataShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.ODATA;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.errorIsObject
                && (m.odataV3 || m.errHasInnerError || m.errHasTarget || m.errMessageIsObject || m.errDetailsHaveCode);
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
