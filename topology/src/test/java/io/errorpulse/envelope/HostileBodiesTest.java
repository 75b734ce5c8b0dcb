package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

/** Fixed hostile and broken bodies: each is classified by the status, none throws. */
class HostileBodiesTest {

    private static final String SEED_001 = "{\"error\": {\"code\": \"RATE_LIMITED\", \"message\": \"Rate limit exceeded.\"}}";

    @Test
    void shouldClassify10000DeepObjectsAndArraysAsMalformed() {
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        String arrays = "[".repeat(10_000) + "]".repeat(10_000);
        String unclosed = "{\"error\":" + "[".repeat(10_000);

        for (String body : new String[]{objects, arrays, unclosed}) {
            CanonicalError error = classify(503, body);
            assertThat(error.dialect()).isEqualTo(Dialect.MALFORMED);
            assertThat(error.alertClass()).isEqualTo(AlertClass.SERVER_ERROR);
            assertThat(error.category()).isEqualTo(Category.UNAVAILABLE);
        }
    }

    @Test
    void shouldAcceptNestingUpTo512AndRejectDeeper() {
        assertThat(classify(429, nestedInsideEnvelope(512)).dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
        assertThat(classify(429, nestedInsideEnvelope(512)).code()).isEqualTo("RATE_LIMITED");
        assertThat(classify(429, nestedInsideEnvelope(513)).dialect()).isEqualTo(Dialect.MALFORMED);
    }

    /** An envelope whose deepest value sits at {@code depth} levels, the top-level object included. */
    private static String nestedInsideEnvelope(int depth) {
        int arrays = depth - 1;
        return "{\"error\": {\"code\": \"RATE_LIMITED\"}, \"deep\": " + "[".repeat(arrays) + "]".repeat(arrays) + "}";
    }

    @Test
    void shouldStillReadTheEnvelopeAroundA256KiBString() {
        String body = "{\"error\": {\"code\": \"TOKEN_EXPIRED\", \"message\": \"" + "x".repeat(256 * 1024) + "\"}}";

        CanonicalError error = classify(401, body);

        assertThat(error.dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
        assertThat(error.code()).isEqualTo("TOKEN_EXPIRED");
        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
    }

    @Test
    void shouldNotTakeA256KiBStringAsACode() {
        CanonicalError error = classify(401, "{\"error\": {\"code\": \"" + "A".repeat(256 * 1024) + "\"}}");

        assertThat(error.dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
        assertThat(error.code()).isNull();
        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
    }

    @Test
    void shouldNotTakeA4KiBCodeAsACode() {
        String hugeCode = "RATE_LIMITED" + "_".repeat(4096);

        CanonicalError flat = classify(400, "{\"code\": \"" + hugeCode + "\", \"message\": \"x\"}");
        CanonicalError aws = classify(400, "{\"__type\": \"ns#" + hugeCode + "\"}");

        assertThat(flat.dialect()).isEqualTo(Dialect.FLAT_CODE_STATUS);
        assertThat(flat.code()).isNull();
        assertThat(flat.alertClass()).isEqualTo(AlertClass.NONE);
        assertThat(flat.category()).isEqualTo(Category.VALIDATION);
        assertThat(aws.dialect()).isEqualTo(Dialect.AWS_JSON);
        assertThat(aws.code()).isNull();
    }

    @Test
    void shouldClassify10000MembersAsMalformedButAThousandAsUsual() {
        CanonicalError tenThousand = classify(429, withMembers(10_000));
        CanonicalError thousand = classify(429, withMembers(1_000));

        assertThat(tenThousand.dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(tenThousand.alertClass()).isEqualTo(AlertClass.RATE_LIMITED);
        assertThat(thousand.dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
        assertThat(thousand.code()).isEqualTo("RATE_LIMITED");
    }

    private static String withMembers(int count) {
        StringBuilder sb = new StringBuilder("{\"error\": {\"code\": \"RATE_LIMITED\"}");
        for (int i = 0; i < count; i++) {
            sb.append(", \"member").append(i).append("\": ").append(i);
        }
        return sb.append('}').toString();
    }

    @Test
    void shouldClassifyEveryTruncationOfAnEnvelopeAsMalformed() {
        for (int length = 1; length < SEED_001.length(); length++) {
            CanonicalError error = classify(429, SEED_001.substring(0, length));
            assertThat(error.dialect()).as("prefix of %d chars", length).isEqualTo(Dialect.MALFORMED);
            assertThat(error.alertClass()).isEqualTo(AlertClass.RATE_LIMITED);
        }
        assertThat(classify(429, SEED_001).dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
    }

    @Test
    void shouldClassifyContentAfterTheJsonValueAsMalformed() {
        assertThat(classify(401, SEED_001 + " trailing").dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(classify(401, SEED_001 + SEED_001).dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(classify(401, SEED_001 + "\n{}").dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(classify(401, SEED_001 + " \r\n\t").dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
    }

    @Test
    void shouldTolerateInvalidUtf8InTheBody() {
        byte[] body = concat("{\"error\": {\"message\": \"caf", new byte[]{(byte) 0xE9, (byte) 0xFF, (byte) 0xC3},
                "\", \"code\": \"TOKEN_EXPIRED\"}}");

        CanonicalError error = Envelopes.CLASSIFIER.classify(401, ResponseHeaders.NONE, body);

        assertThat(error.dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
        assertThat(error.code()).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    void shouldReplaceInvalidUtf8InsideACode() {
        byte[] body = concat("{\"error\": {\"code\": \"BAD", new byte[]{(byte) 0xC3}, "\"}}");

        CanonicalError error = Envelopes.CLASSIFIER.classify(400, ResponseHeaders.NONE, body);

        assertThat(error.code()).isEqualTo("BAD\uFFFD");
    }

    @Test
    void shouldSkipAByteOrderMark() {
        assertThat(classify(429, "\uFEFF" + SEED_001).code()).isEqualTo("RATE_LIMITED");
        assertThat(classify(429, "\uFEFF  <html><body>x</body></html>").dialect()).isEqualTo(Dialect.HTML);
    }

    @Test
    void shouldClassifyATopLevelArrayOrScalarSafely() {
        assertThat(classify(500, "[" + SEED_001 + "]").dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(classify(500, "[1, 2").dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(classify(500, "12345").dialect()).isEqualTo(Dialect.PLAIN_TEXT);
    }

    @Test
    void shouldClassifyAHugeNumberAsMalformed() {
        CanonicalError error = classify(400, "{\"error\": {\"code\": 1" + "0".repeat(10_000) + "}}");

        assertThat(error.dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(error.category()).isEqualTo(Category.VALIDATION);
    }

    @Test
    void shouldCarryNoIntegerCodeLongerThan128Digits() {
        CanonicalError error = classify(400, "{\"error\": {\"code\": 1" + "0".repeat(200) + "}}");

        assertThat(error.dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
        assertThat(error.code()).isNull();
    }

    @Test
    void shouldClassifyControlCharactersAndNulBytesSafely() {
        assertThat(classify(400, "{\"code\": \"a\u0000b\"}").dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(classify(400, "\u0000\u0001\u0002").dialect()).isEqualTo(Dialect.PLAIN_TEXT);
    }

    @Test
    void shouldClassifyManyDistinctMemberNamesWithoutTrouble() {
        StringBuilder sb = new StringBuilder("{\"error\": {\"code\": \"NOT_FOUND\"}");
        for (int i = 0; i < 5_000; i++) {
            sb.append(", \"k").append(Integer.toHexString(i * 7919)).append("\": null");
        }
        CanonicalError error = classify(404, sb.append('}').toString());

        assertThat(error.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldClassifyABodyOverTheSizeLimitAsMalformed() {
        String padding = " ".repeat(5 * 1024 * 1024);

        CanonicalError error = classify(404, "{\"error\": {\"code\": \"NOT_FOUND\"}," + padding + "\"x\": 1}");

        assertThat(error.dialect()).isEqualTo(Dialect.MALFORMED);
        assertThat(error.category()).isEqualTo(Category.NOT_FOUND);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
