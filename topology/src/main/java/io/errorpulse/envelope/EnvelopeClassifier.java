package io.errorpulse.envelope;

/**
 * Turns a logged HTTP status, response headers and response body into a {@link CanonicalError}.
 * Never throws, whatever the body; thread-safe; reads a body once, never builds a JSON tree.
 *
 * <h2>How the dialect is chosen</h2>
 * By the body's shape, never by its Content-Type, except that {@code application/problem+json}
 * and {@code application/x-amz-json-*} identify their dialect. The first rule that matches wins:
 * <ol>
 *   <li>{@code empty}: no body, or only blanks and a UTF-8 byte-order mark;</li>
 *   <li>{@code html}: starts with {@code <} and shows an HTML tag early ({@link HtmlShape});</li>
 *   <li>{@code plain-text}: anything else that does not start with {@code {} or {@code [};</li>
 *   <li>{@code malformed}: starts like JSON but is not a single JSON object within the limits
 *       (invalid, truncated, trailing content, deeper than 512, ...; {@link MalformedShape});</li>
 *   <li>{@code aws-json}: {@code __type}, an {@code x-amzn-ErrorType} header or an amz-json content type;</li>
 *   <li>{@code problem-json}: the problem+json content type, or RFC 9457 members;</li>
 *   <li>{@code success-envelope}: a boolean top-level {@code success} (seed 003);</li>
 *   <li>{@code status-envelope}: a string {@code status} with an integer {@code code} or an
 *       {@code error} object (seed 004);</li>
 *   <li>{@code graphql}, then {@code jsonapi}: a top-level {@code errors[]} (or {@code jsonapi});</li>
 *   <li>an {@code error} object: {@code google-rpc}, {@code stripe-typed} (seed 002), {@code odata},
 *       else {@code nested-error-doc-url} (seed 001);</li>
 *   <li>{@code flat-code-status} (seed 000, OAuth, GitHub, Twilio): a top-level code, string
 *       {@code error}, or {@code message};</li>
 *   <li>{@code malformed}: a JSON object of no known shape.</li>
 * </ol>
 *
 * <h2>Success responses</h2>
 * A 1xx-3xx response is an error only when its body says so ({@code success:false},
 * {@code status:"error"}, an {@code error} object, a non-empty {@code errors[]}). Otherwise the
 * result has category and alert class {@code none}, no code and no link, and the dialect of the
 * shape seen ({@code empty}, a matched dialect, or {@code malformed} for a payload that is no envelope).
 *
 * <p>Category, alert class and retry advice then follow {@link Taxonomy}.
 */
public final class EnvelopeClassifier {

    private final Taxonomy taxonomy;

    /** A classifier using the built-in code table. */
    public EnvelopeClassifier() {
        this(CodeTable.builtIn());
    }

    /** A classifier using {@code table} (e.g. the built-in one with a user file's overrides). */
    public EnvelopeClassifier(CodeTable table) {
        this.taxonomy = new Taxonomy(java.util.Objects.requireNonNull(table, "table"));
    }

    public CanonicalError classify(int status, ResponseHeaders headers, byte[] body) {
        ResponseHeaders h = headers == null ? ResponseHeaders.NONE : headers;
        try {
            return classifyBody(status, h, body);
        } catch (RuntimeException unexpected) {
            // A body must never stop the stream. Reading is bounded and checked; this is a last resort.
            return taxonomy.fromStatus(status, Dialect.MALFORMED);
        }
    }

    private CanonicalError classifyBody(int status, ResponseHeaders headers, byte[] body) {
        int start = EmptyShape.firstSignificantByte(body);
        if (start < 0) {
            return taxonomy.fromStatus(status, Dialect.EMPTY);
        }
        if (!PlainTextShape.startsLikeJson(body, start)) {
            return taxonomy.fromStatus(status, HtmlShape.matches(body, start) ? Dialect.HTML : Dialect.PLAIN_TEXT);
        }
        EnvelopeMembers members = MalformedShape.readObject(body, start);
        if (members == null) {
            return taxonomy.fromStatus(status, Dialect.MALFORMED);
        }
        ContentTypes.read(headers, members);
        JsonShape shape = JsonShape.select(members);
        if (shape == null) {
            return taxonomy.fromStatus(status, Dialect.MALFORMED);
        }
        return taxonomy.decide(status, shape.dialect(), shape.saysError(members), shape.code(members),
                shape.typeHint(members), shape.docUrl(members));
    }
}
