package io.errorpulse.envelope;

/**
 * GraphQL responses: {@code {"errors": [{"message", "locations", "path", "extensions": {"code"}}],
 * "data": ...}}. Recognised by a top-level {@code errors} array of objects that either sits next
 * to {@code data}, or whose elements carry GraphQL's members ({@code extensions}, {@code locations},
 * {@code path}), or carry only a {@code message} and none of JSON:API's members.
 *
 * <p>The code is {@code extensions.code} of the first error that has one. A non-empty
 * {@code errors} is an explicit error even at 200 (GraphQL servers answer 200 to throttled queries).
 */
final class GraphqlShape implements JsonShape {

    @Override
    public Dialect dialect() {
        return Dialect.GRAPHQL;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        return m.errorObjects > 0
                && (m.hasData || m.errorsGraphqlMarks || (m.errorsHaveMessage && !m.errorsJsonapiMarks));
    }

    @Override
    public String code(EnvelopeMembers m) {
        return m.errorsExtensionsCode;
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return m.errorObjects > 0;
    }
}
