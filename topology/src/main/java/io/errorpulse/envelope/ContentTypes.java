package io.errorpulse.envelope;

/**
 * The headers that may identify a dialect. The only two content types allowed to identify a dialect (DESIGN.md): every other Content-Type
 * is ignored, because gateways and frameworks label error pages {@code application/json} and JSON
 * {@code text/html} alike.
 */
final class ContentTypes {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String AMZ_JSON_PREFIX = "application/x-amz-json-";

    private ContentTypes() {
    }

    /** The response header that carries an AWS error type, lower case as {@link ResponseHeaders} wants. */
    static final String AMZN_ERROR_TYPE = "x-amzn-errortype";

    /** Records in {@code m} what the identifying headers say; each header is looked up once. */
    static void read(ResponseHeaders headers, EnvelopeMembers m) {
        String contentType = headers.get("content-type");
        m.problemJsonContentType = startsWith(contentType, PROBLEM_JSON);
        m.amzJsonContentType = startsWith(contentType, AMZ_JSON_PREFIX);
        m.amznErrorType = headers.get(AMZN_ERROR_TYPE);
    }

    private static boolean startsWith(String contentType, String prefix) {
        if (contentType == null) {
            return false;
        }
        int i = 0;
        while (i < contentType.length() && contentType.charAt(i) == ' ') {
            i++;
        }
        return contentType.regionMatches(true, i, prefix, 0, prefix.length());
    }
}
