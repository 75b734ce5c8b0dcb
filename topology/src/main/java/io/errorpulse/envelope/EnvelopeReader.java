package io.errorpulse.envelope;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Reads one JSON body in a single pass of Jackson's streaming parser into {@link EnvelopeMembers}.
 *
 * <p>Descends only into the few containers a dialect needs ({@code error}, {@code errors[]} and
 * their {@code details}, {@code errors}, {@code extensions}); everything else is skipped with
 * {@link JsonParser#skipChildren()}, which is iterative. The descent itself is a fixed number of
 * levels, so no body can make this code recurse: depth is Jackson's to bound (512). Every token is
 * still read once, so trailing content and every limit of {@link EnvelopeJson} are checked.
 */
final class EnvelopeReader {

    private static final int MAX_TYPE_CHARS = 2048;
    private static final int MAX_URL_CHARS = 2048;
    private static final int MAX_STATUS_CHARS = 64;

    private EnvelopeReader() {
    }

    /**
     * Fills {@code m} from the body; false when the body holds content after its JSON value.
     *
     * @throws IOException when the body is not JSON or breaks a limit
     */
    static boolean read(JsonParser p, EnvelopeMembers m) throws IOException {
        JsonToken first = p.nextToken();
        if (first == JsonToken.START_OBJECT) {
            m.topIsObject = true;
            readTop(p, m);
        } else {
            p.skipChildren();
        }
        return p.nextToken() == null;
    }

    private static void readTop(JsonParser p, EnvelopeMembers m) throws IOException {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "code" -> {
                    m.codeIsInteger = v == JsonToken.VALUE_NUMBER_INT;
                    m.code = Codes.read(p, v);
                }
                case "status" -> {
                    m.statusIsNumber = v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT;
                    m.statusIsString = v == JsonToken.VALUE_STRING;
                    m.statusSaysError = m.statusIsString && Codes.textIs(p, "error");
                    p.skipChildren();
                }
                case "message" -> {
                    m.hasMessage = v == JsonToken.VALUE_STRING;
                    p.skipChildren();
                }
                case "error", "odata.error" -> readErrorMember(p, m, v, !"error".equals(name));
                case "error_description" -> {
                    m.hasErrorDescription = v == JsonToken.VALUE_STRING;
                    p.skipChildren();
                }
                case "success" -> m.success = v == JsonToken.VALUE_TRUE ? Boolean.TRUE
                        : v == JsonToken.VALUE_FALSE ? Boolean.FALSE : skipped(p);
                case "data" -> {
                    m.hasData = true;
                    p.skipChildren();
                }
                case "errors" -> {
                    m.clearErrors();
                    if (v == JsonToken.START_ARRAY) {
                        m.errorsIsArray = true;
                        readErrorsArray(p, m);
                    } else {
                        p.skipChildren();
                    }
                }
                case "type" -> {
                    m.hasType = v == JsonToken.VALUE_STRING;
                    m.type = Codes.shortText(p, v, MAX_TYPE_CHARS);
                }
                case "title" -> m.hasTitle = presentString(p, v);
                case "detail" -> m.hasDetail = presentString(p, v);
                case "instance" -> m.hasInstance = presentString(p, v);
                case "__type" -> {
                    m.hasAwsType = v == JsonToken.VALUE_STRING;
                    m.awsType = Codes.shortText(p, v, MAX_TYPE_CHARS);
                }
                case "jsonapi" -> {
                    m.hasJsonapiMember = v == JsonToken.START_OBJECT;
                    p.skipChildren();
                }
                case "documentation_url", "more_info", "doc_url" -> m.docUrl = Links.read(p, v, MAX_URL_CHARS);
                default -> p.skipChildren();
            }
        }
    }

    private static void readErrorMember(JsonParser p, EnvelopeMembers m, JsonToken v, boolean odataV3)
            throws IOException {
        m.clearError();
        if (v == JsonToken.START_OBJECT) {
            m.errorIsObject = true;
            m.odataV3 = odataV3;
            readErrorObject(p, m);
        } else if (!odataV3) {
            m.errorText = Codes.read(p, v);
        } else {
            p.skipChildren();
        }
    }

    private static void readErrorObject(JsonParser p, EnvelopeMembers m) throws IOException {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "code" -> m.errCode = Codes.read(p, v);
                case "type" -> m.errType = Codes.read(p, v);
                case "status" -> m.errStatus = Codes.shortText(p, v, MAX_STATUS_CHARS);
                case "message" -> {
                    m.errMessageIsObject = v == JsonToken.START_OBJECT;
                    p.skipChildren();
                }
                case "doc_url" -> m.errDocUrl = Links.read(p, v, MAX_URL_CHARS);
                case "details" -> {
                    m.clearErrorDetails();
                    if (v == JsonToken.START_ARRAY) {
                        readErrorDetails(p, m);
                    } else {
                        p.skipChildren();
                    }
                }
                case "errors" -> {
                    m.clearLegacyErrors();
                    if (v == JsonToken.START_ARRAY) {
                        m.errErrorsIsArray = true;
                        m.errLegacyReason = readFirstReason(p);
                    } else {
                        p.skipChildren();
                    }
                }
                case "innererror", "innerError" -> {
                    m.errHasInnerError = v == JsonToken.START_OBJECT;
                    p.skipChildren();
                }
                case "target" -> {
                    m.errHasTarget = true;
                    p.skipChildren();
                }
                default -> p.skipChildren();
            }
        }
    }

    /** {@code error.details[]}: google.rpc {@code Any} details ({@code @type}, ErrorInfo {@code reason}) or OData's. */
    private static void readErrorDetails(JsonParser p, EnvelopeMembers m) throws IOException {
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String atType = null;
            String reason = null;
            boolean hasCode = false;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "@type" -> atType = Codes.shortText(p, v, MAX_TYPE_CHARS);
                    case "reason" -> reason = Codes.read(p, v);
                    case "code" -> {
                        hasCode = v != JsonToken.VALUE_NULL;
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
            if (atType != null) {
                m.errDetailsHaveAtType = true;
                if (m.errInfoReason == null && reason != null && atType.endsWith("google.rpc.ErrorInfo")) {
                    m.errInfoReason = reason;
                }
            }
            m.errDetailsHaveCode |= hasCode;
        }
    }

    /** {@code reason} of the first element of an array (Google's legacy {@code error.errors}). */
    private static String readFirstReason(JsonParser p) throws IOException {
        String reason = null;
        boolean first = true;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (first && e == JsonToken.START_OBJECT) {
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    JsonToken v = p.nextToken();
                    if ("reason".equals(name)) {
                        reason = Codes.read(p, v);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            first = false;
        }
        return reason;
    }

    /** Top-level {@code errors[]}: GraphQL or JSON:API error objects. */
    private static void readErrorsArray(JsonParser p, EnvelopeMembers m) throws IOException {
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String extensionsCode = null;
            String code = null;
            boolean graphql = false;
            boolean jsonapi = false;
            boolean message = false;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "message" -> {
                        message = v == JsonToken.VALUE_STRING;
                        p.skipChildren();
                    }
                    case "extensions" -> {
                        graphql = true;
                        extensionsCode = v == JsonToken.START_OBJECT ? readMemberCode(p) : skippedCode(p);
                    }
                    case "locations", "path" -> {
                        graphql = true;
                        p.skipChildren();
                    }
                    case "code" -> code = Codes.read(p, v);
                    case "title", "detail", "source", "status", "id", "links" -> {
                        jsonapi = true;
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
            m.errorObjects++;
            m.errorsGraphqlMarks |= graphql;
            m.errorsJsonapiMarks |= jsonapi;
            m.errorsHaveMessage |= message;
            if (m.errorsExtensionsCode == null) {
                m.errorsExtensionsCode = extensionsCode;
            }
            if (m.errorsCode == null) {
                m.errorsCode = code;
            }
        }
    }

    /** The {@code code} member of the object the parser has just entered (last one wins). */
    private static String readMemberCode(JsonParser p) throws IOException {
        String code = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            if ("code".equals(name)) {
                code = Codes.read(p, v);
            } else {
                p.skipChildren();
            }
        }
        return code;
    }

    private static boolean presentString(JsonParser p, JsonToken v) throws IOException {
        p.skipChildren();
        return v == JsonToken.VALUE_STRING;
    }

    private static Boolean skipped(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static String skippedCode(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }
}
