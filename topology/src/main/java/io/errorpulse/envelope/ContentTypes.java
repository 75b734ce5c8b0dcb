package io.errorpulse.envelope;

/**
 * The only two content types allowed to identify a dialect (DESIGN.md): every other Content-Type
 * is ignored, because gateways and frameworks label error pages {@code application/json} and JSON
 * {@code text/html} alike.
 */
final class ContentTypes {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String AMZ_JSON_PREFIX = "application/x-amz-json-";

    private ContentTypes() {
    }

    static boolean isProblemJson(ResponseHeaders headers) {
        return startsWith(headers.get("content-type"), PROBLEM_JSON);
    }

    static boolean isAmzJson(ResponseHeaders headers) {
        return startsWith(headers.get("content-type"), AMZ_JSON_PREFIX);
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
