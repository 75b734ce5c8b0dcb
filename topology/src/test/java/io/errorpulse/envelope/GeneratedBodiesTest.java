package io.errorpulse.envelope;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated inputs, from fixed seeds so that a failure replays: random bytes, mutations of real
 * envelopes, and random JSON built from the member names the dialects look at. Whatever the body,
 * {@code classify} returns, and the result keeps the rules that do not depend on the body.
 */
class GeneratedBodiesTest {

    private static final int[] STATUSES = {200, 201, 204, 302, 400, 401, 402, 403, 404, 409, 410, 422, 429, 500,
            502, 503, 504, 0, 999};
    private static final String[] NAMES = {"code", "status", "message", "error", "errors", "success", "data", "type",
            "title", "detail", "instance", "__type", "jsonapi", "doc_url", "documentation_url", "error_description",
            "extensions", "locations", "path", "details", "@type", "reason", "innererror", "innerError", "target",
            "odata.error", "source", "links", "meta", "x"};
    private static final String[] STRINGS = {"", " ", "error", "OK", "RATE_LIMITED", "invalid_token", "missing_token",
            "THROTTLED", "ns#ThrottlingException:http://x", "type.googleapis.com/google.rpc.ErrorInfo",
            "https://docs.example.com/e", "about:blank", "javascript:x", "\u00e9\u20ac\ud834\udd1e", "\\\"", "x".repeat(130)};
    private static final String[] TOKENS = {"{", "}", "[", "]", ":", ",", "\"", "\\", "\\u00", "true", "false", "null",
            "-", "0", "1e999", "\"code\"", "\"error\"", "\"errors\"", "{\"a\":", "[[[[[[[[", "\uFEFF", " ", "\n"};
    private static final List<String> CORPUS = List.of(
            "{\"message\": \"Invalid or expired access token.\", \"code\": \"invalid_token\", \"status\": 401}",
            "{\"error\": \"invalid_grant\", \"error_description\": \"expired\"}",
            "{\"error\": {\"code\": \"VALIDATION_ERROR\", \"message\": \"x\", \"doc_url\": \"https://d.example/e\","
                    + " \"details\": [{\"field\": \"email\", \"message\": \"bad\"}]}}",
            "{\"error\": {\"type\": \"rate_limit_error\", \"code\": \"rate_limited\", \"param\": \"id\"}, \"request_id\": \"r\"}",
            "{\"success\": false, \"data\": null, \"error\": {\"code\": \"AUTH_EXPIRED_TOKEN\", \"details\": {}},"
                    + " \"meta\": {\"request_id\": \"r\"}}",
            "{\"code\": 429, \"status\": \"error\", \"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"tier\": \"pk\"}}",
            "{\"type\": \"https://example.com/probs/x\", \"title\": \"t\", \"status\": 403, \"detail\": \"d\"}",
            "{\"error\": {\"code\": 401, \"status\": \"UNAUTHENTICATED\", \"details\": [{\"@type\":"
                    + " \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"ACCESS_TOKEN_EXPIRED\"}]}}",
            "{\"errors\": [{\"message\": \"Throttled\", \"extensions\": {\"code\": \"THROTTLED\"}}], \"data\": null}",
            "{\"errors\": [{\"status\": \"422\", \"code\": \"FIELD_INVALID\", \"title\": \"t\"}], \"jsonapi\": {}}",
            "{\"error\": {\"code\": \"InvalidAuthenticationToken\", \"innerError\": {\"code\": \"x\"}}}",
            "{\"__type\": \"com.amazon#ThrottlingException\", \"message\": \"Rate exceeded\"}",
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            "upstream connect error or disconnect/reset before headers",
            "{\"data\": {\"id\": 1, \"items\": [1, 2, 3], \"nested\": {\"a\": [true, false, null]}}}");

    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");

    private final CodeTable table = CodeTable.builtIn();
    private final EnvelopeClassifier classifier = new EnvelopeClassifier(table);
    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void shouldHaveBrokenNoRule() {
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldClassifyRandomBytes() {
        Random random = new Random(0x5EED_0001L);
        for (int i = 0; i < 4_000; i++) {
            byte[] body = new byte[random.nextInt(300)];
            random.nextBytes(body);
            if (random.nextBoolean() && body.length > 0) {
                body[0] = (byte) (random.nextBoolean() ? '{' : '[');
            }
            check(STATUSES[random.nextInt(STATUSES.length)], randomHeaders(random), body);
        }
    }

    @Test
    void shouldClassifyMutatedEnvelopes() {
        Random random = new Random(0x5EED_0002L);
        for (int i = 0; i < 6_000; i++) {
            byte[] body = CORPUS.get(random.nextInt(CORPUS.size())).getBytes(StandardCharsets.UTF_8);
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                body = mutate(body, random);
            }
            check(STATUSES[random.nextInt(STATUSES.length)], randomHeaders(random), body);
        }
    }

    @Test
    void shouldClassifyRandomJsonBuiltFromEnvelopeMembers() {
        Random random = new Random(0x5EED_0003L);
        for (int i = 0; i < 4_000; i++) {
            StringBuilder sb = new StringBuilder();
            appendObject(sb, random, 0);
            check(STATUSES[random.nextInt(STATUSES.length)], randomHeaders(random),
                    sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Classifies the body and records, in {@link #problems}, every rule the result breaks. */
    private void check(int status, ResponseHeaders headers, byte[] body) {
        byte[] copy = body.clone();
        CanonicalError error = classifier.classify(status, headers, body);
        String broken = brokenRule(status, error);
        if (broken == null && !Arrays.equals(body, copy)) {
            broken = "the body was modified";
        }
        if (broken == null && !error.equals(classifier.classify(status, headers, body))) {
            broken = "not deterministic";
        }
        if (broken != null && problems.size() < 10) {
            problems.add(broken + " -- status " + status + ", " + error + ", body "
                    + new String(body, StandardCharsets.UTF_8));
        }
    }

    private String brokenRule(int status, CanonicalError error) {
        if (error == null || error.dialect() == null || error.category() == null || error.alertClass() == null
                || error.retry() == null) {
            return "incomplete result";
        }
        String code = error.code();
        if (code != null && (code.length() > 128 || code.isBlank())) {
            return "not a code";
        }
        if (error.docUrl() != null && !WEB_URL.matcher(error.docUrl()).matches()) {
            return "not a web link";
        }
        AlertClass alert = error.alertClass();
        if (status == 429 && alert != AlertClass.RATE_LIMITED) {
            return "429 must be rate_limited";
        }
        if (status >= 500 && status <= 599 && alert != AlertClass.SERVER_ERROR) {
            return "5xx must be server_error";
        }
        if (status == 401 && alert == AlertClass.NONE) {
            CodeMapping mapping = table.lookup(code);
            if (mapping == null || !mapping.meansCredentialAbsent()) {
                return "401 without alert needs a credential-absent code";
            }
        }
        if (status != 401 && alert == AlertClass.AUTH_FAILURE) {
            return "auth_failure away from 401";
        }
        if (status >= 400 && status <= 599 && !error.isError()) {
            return "4xx/5xx must be an error";
        }
        if (!error.isError() && (code != null || alert != AlertClass.NONE)) {
            return "a non-error carries no code and no alert";
        }
        return null;
    }

    private static ResponseHeaders randomHeaders(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> ResponseHeaders.of(Map.of("content-type", "application/problem+json"));
            case 1 -> ResponseHeaders.of(Map.of("content-type", "application/x-amz-json-1.0"));
            case 2 -> ResponseHeaders.of(Map.of("x-amzn-errortype", STRINGS[random.nextInt(STRINGS.length)]));
            case 3 -> null;
            default -> ResponseHeaders.NONE;
        };
    }

    private static byte[] mutate(byte[] body, Random random) {
        if (body.length == 0) {
            return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(body.length);
        int to = at + random.nextInt(body.length - at + 1);
        byte[] insert;
        switch (random.nextInt(7)) {
            case 0 -> {
                byte[] copy = body.clone();
                copy[at] = (byte) random.nextInt(256);
                return copy;
            }
            case 1 -> {
                return splice(body, at, to, new byte[0]);
            }
            case 2 -> insert = Arrays.copyOfRange(body, at, to);
            case 3 -> insert = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
            case 4 -> {
                return Arrays.copyOf(body, at);
            }
            case 5 -> insert = new byte[]{(byte) (0x80 + random.nextInt(128))};
            default -> insert = "[".repeat(random.nextInt(600)).getBytes(StandardCharsets.UTF_8);
        }
        return splice(body, at, at, insert);
    }

    private static byte[] splice(byte[] body, int from, int to, byte[] insert) {
        byte[] out = new byte[body.length - (to - from) + insert.length];
        System.arraycopy(body, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(body, to, out, from + insert.length, body.length - to);
        return out;
    }

    private static void appendObject(StringBuilder sb, Random random, int depth) {
        sb.append('{');
        int members = random.nextInt(5);
        for (int i = 0; i < members; i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendString(sb, NAMES[random.nextInt(NAMES.length)]);
            sb.append(':');
            appendValue(sb, random, depth + 1);
        }
        sb.append('}');
    }

    private static void appendValue(StringBuilder sb, Random random, int depth) {
        int kind = random.nextInt(depth > 5 ? 5 : 8);
        switch (kind) {
            case 0 -> appendString(sb, STRINGS[random.nextInt(STRINGS.length)]);
            case 1 -> sb.append(random.nextInt(1000) - 100);
            case 2 -> sb.append(random.nextBoolean());
            case 3 -> sb.append("null");
            case 4 -> sb.append(random.nextDouble());
            case 5, 6 -> appendObject(sb, random, depth);
            default -> {
                sb.append('[');
                int elements = random.nextInt(4);
                for (int i = 0; i < elements; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    appendValue(sb, random, depth + 1);
                }
                sb.append(']');
            }
        }
    }

    private static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    @Test
    void shouldCoverEveryDialectWithTheCorpus() {
        List<Dialect> seen = new ArrayList<>();
        for (String body : CORPUS) {
            seen.add(classifier.classify(400, ResponseHeaders.NONE, body.getBytes(StandardCharsets.UTF_8)).dialect());
        }
        seen.add(classifier.classify(400, ResponseHeaders.NONE, new byte[0]).dialect());

        assertThat(seen).containsAll(Arrays.asList(Dialect.values()));
    }
}
