package io.errorpulse.envelope;

/**
 * RFC 9457 problem details: {@code {"type", "title", "status", "detail", "instance"}} plus
 * extension members. Recognised by the {@code application/problem+json} content type, or by shape:
 * a string {@code type} or {@code title} together with a numeric {@code status}, a {@code detail},
 * an {@code instance}, or each other.
 *
 * <p>The code is a {@code code} extension member, else the {@code type} URI unless it is absent or
 * {@code about:blank}. A web {@code type} URI doubles as the documentation link, as RFC 9457 intends.
 */
final class ProblemJsonShape implements JsonShape {

    private static final String ABOUT_BLANK = "about:blank";

    @Override
    public Dialect dialect() {
        return Dialect.PROBLEM_JSON;
    }

    @Override
    public boolean matches(EnvelopeMembers m) {
        if (m.problemJsonContentType) {
            return true;
        }
        boolean typed = m.hasType;
        return (typed || m.hasTitle)
                && (m.statusIsNumber || m.hasDetail || m.hasInstance || (typed && m.hasTitle));
    }

    @Override
    public String code(EnvelopeMembers m) {
        if (m.code != null) {
            return m.code;
        }
        if (m.type == null || ABOUT_BLANK.equalsIgnoreCase(m.type.strip())) {
            return null;
        }
        return Codes.orNull(m.type);
    }

    @Override
    public boolean saysError(EnvelopeMembers m) {
        return m.errorIsObject;
    }

    @Override
    public String docUrl(EnvelopeMembers m) {
        return Links.webUrl(m.type);
    }
}
