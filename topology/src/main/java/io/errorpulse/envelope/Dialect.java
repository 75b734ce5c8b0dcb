package io.errorpulse.envelope;

/** The shape of an error envelope, judged by the body. Wire names are a published contract. */
public enum Dialect {
    FLAT_CODE_STATUS("flat-code-status"),
    NESTED_ERROR_DOC_URL("nested-error-doc-url"),
    STRIPE_TYPED("stripe-typed"),
    SUCCESS_ENVELOPE("success-envelope"),
    STATUS_ENVELOPE("status-envelope"),
    PROBLEM_JSON("problem-json"),
    GOOGLE_RPC("google-rpc"),
    GRAPHQL("graphql"),
    JSONAPI("jsonapi"),
    ODATA("odata"),
    AWS_JSON("aws-json"),
    PLAIN_TEXT("plain-text"),
    HTML("html"),
    EMPTY("empty"),
    MALFORMED("malformed");

    private final String wireName;

    Dialect(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
