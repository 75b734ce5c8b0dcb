package io.errorpulse.envelope;

/**
 * One JSON envelope dialect: how to recognise it from the collected members, which code it
 * carries, and whether a 1xx-3xx body of this shape says it is an error.
 *
 * <p>Shapes are tried in {@link #ORDER}; the first that matches wins. Each is judged on the body's
 * members; only {@link ProblemJsonShape} and {@link AwsJsonShape} also look at a header (the two
 * content types DESIGN.md lets identify a dialect, and AWS's {@code x-amzn-ErrorType}).
 */
sealed interface JsonShape permits AwsJsonShape, ProblemJsonShape, SuccessEnvelopeShape, StatusEnvelopeShape,
        GraphqlShape, JsonApiShape, GoogleRpcShape, StripeTypedShape, ODataShape, NestedErrorDocUrlShape,
        FlatCodeStatusShape {

    /**
     * The order shapes are tried in. Identifying headers and members no other shape uses come first
     * ({@code x-amz-json}/{@code __type}, {@code problem+json}/RFC 9457 members), then top-level
     * markers of the seed envelopes ({@code success}, {@code status} word), then top-level
     * {@code errors[]} (GraphQL before JSON:API), then the {@code error} object from the most to the
     * least specific (google.rpc, Stripe, OData, plain nested), and last the flat top-level code.
     */
    JsonShape[] ORDER = {
            new AwsJsonShape(),
            new ProblemJsonShape(),
            new SuccessEnvelopeShape(),
            new StatusEnvelopeShape(),
            new GraphqlShape(),
            new JsonApiShape(),
            new GoogleRpcShape(),
            new StripeTypedShape(),
            new ODataShape(),
            new NestedErrorDocUrlShape(),
            new FlatCodeStatusShape(),
    };

    Dialect dialect();

    boolean matches(EnvelopeMembers m, ResponseHeaders headers);

    /** The code the envelope carries (DESIGN.md's table), or null. */
    String code(EnvelopeMembers m, ResponseHeaders headers);

    /** Whether the body says explicitly that it is an error (what makes a 1xx-3xx response one). */
    boolean saysError(EnvelopeMembers m);

    /** A value that classifies when there is no code (Stripe's {@code type}), or null. */
    default String typeHint(EnvelopeMembers m) {
        return null;
    }

    /** A documentation or runbook link the envelope carries, or null. */
    default String docUrl(EnvelopeMembers m) {
        return m.errDocUrl != null ? m.errDocUrl : m.docUrl;
    }
}
