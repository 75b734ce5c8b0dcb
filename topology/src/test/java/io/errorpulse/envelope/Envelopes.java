package io.errorpulse.envelope;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test helpers: classify a body given as text, and build the seed envelopes around a code. */
final class Envelopes {

    static final EnvelopeClassifier CLASSIFIER = new EnvelopeClassifier();

    private Envelopes() {
    }

    static CanonicalError classify(int status, String body) {
        return CLASSIFIER.classify(status, ResponseHeaders.NONE, body == null ? null : utf8(body));
    }

    static CanonicalError classify(int status, Map<String, String> headers, String body) {
        return CLASSIFIER.classify(status, ResponseHeaders.of(headers), utf8(body));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The body the seed document of {@code dialect} shows, carrying {@code code} and/or {@code type}. */
    static String seedBody(String dialect, String code, String type, int status) {
        String codeMember = code == null ? "" : "\"code\":\"" + code + "\",";
        return switch (dialect) {
            case "flat-code-status" -> "{\"message\":\"Human-readable error description\"," + codeMember
                    + "\"status\":" + status + "}";
            case "nested-error-doc-url" -> "{\"error\":{" + codeMember + "\"message\":\"Something failed\","
                    + "\"doc_url\":\"https://docs.example.io/api/errors#" + code + "\","
                    + "\"details\":[{\"field\":\"email\",\"message\":\"must be a valid email\"}]}}";
            case "stripe-typed" -> "{\"error\":{\"type\":\"" + type + "\"," + codeMember
                    + "\"message\":\"No reseller store found with ID rst_invalid\",\"param\":\"id\"},"
                    + "\"request_id\":\"req_abc123def456\"}";
            case "success-envelope" -> "{\"success\":false,\"data\":null,\"error\":{" + codeMember
                    + "\"message\":\"Insufficient balance\",\"details\":{\"current_balance\":50.00}},"
                    + "\"meta\":{\"request_id\":\"req_xxxx\"}}";
            case "status-envelope" -> "{\"code\":" + status + ",\"status\":\"error\",\"message\":\"Validation failed\","
                    + "\"error\":{" + codeMember + "\"message\":\"The title field is required\","
                    + "\"details\":{\"field\":\"title\",\"constraint\":\"required\"}}}";
            default -> throw new IllegalArgumentException(dialect);
        };
    }
}
