package io.errorpulse.envelope;

import java.util.List;

/**
 * One JSON envelope dialect: how to recognise it from the collected members, which code it
 * carries, and whether a 1xx-3xx body of this shape says it is an error.
 *
 * <p>Shapes are tried in {@link Shapes#ORDER}; the first that matches wins. Each is judged on the
 * members collected from the body, and from the two headers that may identify a dialect: the
 * content type (problem+json, x-amz-json) and AWS's {@code x-amzn-ErrorType}.
 */
sealed interface JsonShape permits AwsJsonShape, ProblemJsonShape, SuccessEnvelopeShape, StatusEnvelopeShape,
        GraphqlShape, JsonApiShape, GoogleRpcShape, StripeTypedShape, ODataShape, NestedErrorDocUrlShape,
        FlatCodeStatusShape {

    /**
     * The shape of a body: the first of {@link Shapes#ORDER} that matches, or null. Written out as a
     * chain rather than a loop over the list: each call is then to one final class and inlines, where
     * a loop would make eleven megamorphic calls per record. JsonShapeTest holds the chain to the list.
     */
    static JsonShape select(EnvelopeMembers m) {
        if (Shapes.AWS_JSON.matches(m)) {
            return Shapes.AWS_JSON;
        }
        if (Shapes.PROBLEM_JSON.matches(m)) {
            return Shapes.PROBLEM_JSON;
        }
        if (Shapes.SUCCESS_ENVELOPE.matches(m)) {
            return Shapes.SUCCESS_ENVELOPE;
        }
        if (Shapes.STATUS_ENVELOPE.matches(m)) {
            return Shapes.STATUS_ENVELOPE;
        }
        if (Shapes.GRAPHQL.matches(m)) {
            return Shapes.GRAPHQL;
        }
        if (Shapes.JSONAPI.matches(m)) {
            return Shapes.JSONAPI;
        }
        if (Shapes.GOOGLE_RPC.matches(m)) {
            return Shapes.GOOGLE_RPC;
        }
        if (Shapes.STRIPE_TYPED.matches(m)) {
            return Shapes.STRIPE_TYPED;
        }
        if (Shapes.ODATA.matches(m)) {
            return Shapes.ODATA;
        }
        if (Shapes.NESTED_ERROR_DOC_URL.matches(m)) {
            return Shapes.NESTED_ERROR_DOC_URL;
        }
        if (Shapes.FLAT_CODE_STATUS.matches(m)) {
            return Shapes.FLAT_CODE_STATUS;
        }
        return null;
    }

    /** The shapes, and the order {@link #select} tries them in. */
    final class Shapes {
        static final AwsJsonShape AWS_JSON = new AwsJsonShape();
        static final ProblemJsonShape PROBLEM_JSON = new ProblemJsonShape();
        static final SuccessEnvelopeShape SUCCESS_ENVELOPE = new SuccessEnvelopeShape();
        static final StatusEnvelopeShape STATUS_ENVELOPE = new StatusEnvelopeShape();
        static final GraphqlShape GRAPHQL = new GraphqlShape();
        static final JsonApiShape JSONAPI = new JsonApiShape();
        static final GoogleRpcShape GOOGLE_RPC = new GoogleRpcShape();
        static final StripeTypedShape STRIPE_TYPED = new StripeTypedShape();
        static final ODataShape ODATA = new ODataShape();
        static final NestedErrorDocUrlShape NESTED_ERROR_DOC_URL = new NestedErrorDocUrlShape();
        static final FlatCodeStatusShape FLAT_CODE_STATUS = new FlatCodeStatusShape();

        /**
         * The order shapes are tried in. Identifying headers and members no other shape uses come first
         * ({@code x-amz-json}/{@code __type}, {@code problem+json}/RFC 9457 members), then top-level
         * markers of the seed envelopes ({@code success}, {@code status} word), then top-level
         * {@code errors[]} (GraphQL before JSON:API), then the {@code error} object from the most to the
         * least specific (google.rpc, Stripe, OData, plain nested), and last the flat top-level code.
         */
        static final List<JsonShape> ORDER = List.of(AWS_JSON, PROBLEM_JSON, SUCCESS_ENVELOPE, STATUS_ENVELOPE,
                GRAPHQL, JSONAPI, GOOGLE_RPC, STRIPE_TYPED, ODATA, NESTED_ERROR_DOC_URL, FLAT_CODE_STATUS);

        private Shapes() {
        }
    }

    Dialect dialect();

    boolean matches(EnvelopeMembers m);

    /** The code the envelope carries (DESIGN.md's table), or null. */
    String code(EnvelopeMembers m);

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
