package io.errorpulse.envelope;

/**
 * The few members of a JSON body that the dialects look at, collected in one pass by
 * {@link EnvelopeReader}: flat fields instead of a JSON tree, so reading a body allocates only the
 * strings the dialects actually need (codes, a type, a status word, a link).
 *
 * <p>It also holds what the two identifying headers say (set by {@link ContentTypes#read}).
 *
 * <p>Member names are DESIGN.md's and the standards': top-level {@code code}, {@code status},
 * {@code message}, {@code error} (string or object), {@code errors}, {@code success}, {@code data},
 * {@code type}/{@code title}/{@code detail}/{@code instance} (RFC 9457), {@code __type} (AWS),
 * {@code jsonapi}; inside {@code error}: {@code code}, {@code type}, {@code status},
 * {@code doc_url}, {@code details}, {@code errors}, {@code innererror}, {@code target}.
 *
 * <p>Duplicate members resolve last-wins: every member assignment overwrites (to null when the
 * new value is of the wrong kind), and a repeated container member first clears what the earlier
 * one left.
 */
final class EnvelopeMembers {

    // --- the headers that may identify a dialect ---
    /** Content-Type is {@code application/problem+json}. */
    boolean problemJsonContentType;
    /** Content-Type is {@code application/x-amz-json-*}. */
    boolean amzJsonContentType;
    /** The {@code x-amzn-ErrorType} header, as logged. */
    String amznErrorType;

    /** The body's single JSON value is an object (a top-level array is no envelope). */
    boolean topIsObject;

    // --- top level ---
    /** Top-level {@code code} when it is a code. */
    String code;
    /** Top-level {@code code} is a JSON integer (seed 004 carries the HTTP status there). */
    boolean codeIsInteger;
    /** Top-level {@code status} is a string ({@code "error"}, {@code "OK"}). */
    boolean statusIsString;
    /** Top-level {@code status} is the string {@code "error"} (any case, blanks ignored). */
    boolean statusSaysError;
    /** Top-level {@code status} is a JSON number (RFC 9457, seed 000). */
    boolean statusIsNumber;
    boolean hasMessage;
    /** Top-level {@code error} when it is a string code (OAuth 2.0). */
    String errorText;
    boolean hasErrorDescription;
    /** Top-level {@code success}: {@link Boolean#TRUE}, {@link Boolean#FALSE} or null. */
    Boolean success;
    boolean hasData;
    /** Top-level {@code type} when a short string (RFC 9457 problem type URI). */
    String type;
    /** Top-level {@code type} is a string, however long. */
    boolean hasType;
    boolean hasTitle;
    boolean hasDetail;
    boolean hasInstance;
    /** Top-level {@code __type} (AWS JSON protocols), as carried, when a short string. */
    String awsType;
    /** Top-level {@code __type} is a string, however long. */
    boolean hasAwsType;
    boolean hasJsonapiMember;
    /** {@code documentation_url} (GitHub), {@code more_info} (Twilio) or {@code doc_url}. */
    String docUrl;

    // --- top-level errors[] (GraphQL, JSON:API) ---
    boolean errorsIsArray;
    int errorObjects;
    /** Some element has {@code extensions}, {@code locations} or {@code path}. */
    boolean errorsGraphqlMarks;
    /** Some element has {@code title}, {@code detail}, {@code source}, {@code status}, {@code id} or {@code links}. */
    boolean errorsJsonapiMarks;
    boolean errorsHaveMessage;
    /** {@code extensions.code} of the first element that has one. */
    String errorsExtensionsCode;
    /** {@code code} of the first element that has one. */
    String errorsCode;

    // --- error object (also OData v3's "odata.error") ---
    boolean errorIsObject;
    boolean odataV3;
    String errCode;
    String errType;
    /** {@code error.status} when a short string (google.rpc canonical code name). */
    String errStatus;
    String errDocUrl;
    boolean errMessageIsObject;
    boolean errHasInnerError;
    boolean errHasTarget;
    /** Some {@code error.details} element carries a {@code code} (OData). */
    boolean errDetailsHaveCode;
    /** Some {@code error.details} element carries an {@code @type} (google.rpc Any). */
    boolean errDetailsHaveAtType;
    /** {@code reason} of the first {@code google.rpc.ErrorInfo} detail. */
    String errInfoReason;
    boolean errErrorsIsArray;
    /** {@code error.errors[0].reason} (Google's legacy format). */
    String errLegacyReason;

    void clearError() {
        errorIsObject = false;
        odataV3 = false;
        errorText = null;
        errCode = null;
        errType = null;
        errStatus = null;
        errDocUrl = null;
        errMessageIsObject = false;
        errHasInnerError = false;
        errHasTarget = false;
        clearErrorDetails();
        clearLegacyErrors();
    }

    void clearErrorDetails() {
        errDetailsHaveCode = false;
        errDetailsHaveAtType = false;
        errInfoReason = null;
    }

    void clearLegacyErrors() {
        errErrorsIsArray = false;
        errLegacyReason = null;
    }

    void clearErrors() {
        errorsIsArray = false;
        errorObjects = 0;
        errorsGraphqlMarks = false;
        errorsJsonapiMarks = false;
        errorsHaveMessage = false;
        errorsExtensionsCode = null;
        errorsCode = null;
    }
}
