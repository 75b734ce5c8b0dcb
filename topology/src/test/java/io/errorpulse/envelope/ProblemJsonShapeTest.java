package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemJsonShapeTest {

    @Test
    void shouldTakeTheTypeUriAsCodeAndLink() {
        CanonicalError error = classify(403, """
                {"type": "https://example.com/probs/out-of-credit", "title": "You do not have enough credit.",
                 "detail": "Your current balance is 30, but that costs 50.", "instance": "/account/12345/msgs/abc"}""");

        assertThat(error.dialect()).isEqualTo(Dialect.PROBLEM_JSON);
        assertThat(error.code()).isEqualTo("https://example.com/probs/out-of-credit");
        assertThat(error.docUrl()).isEqualTo("https://example.com/probs/out-of-credit");
        assertThat(error.category()).isEqualTo(Category.AUTHORIZATION);
    }

    @Test
    void shouldPreferACodeExtensionMember() {
        CanonicalError error = classify(429, """
                {"type": "https://api.example.com/problems/throttled", "title": "Slow down", "status": 429,
                 "code": "RATE_LIMIT_EXCEEDED"}""");

        assertThat(error.code()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(error.alertClass()).isEqualTo(AlertClass.RATE_LIMITED);
    }

    @Test
    void shouldCarryNoCodeForAboutBlank() {
        CanonicalError error = classify(404, """
                {"type": "about:blank", "title": "Not Found", "status": 404}""");

        assertThat(error.dialect()).isEqualTo(Dialect.PROBLEM_JSON);
        assertThat(error.code()).isNull();
        assertThat(error.docUrl()).isNull();
        assertThat(error.category()).isEqualTo(Category.NOT_FOUND);
    }

    @Test
    void shouldBeIdentifiedByItsContentTypeWhateverTheMembers() {
        CanonicalError error = classify(400, Map.of("Content-Type", "application/problem+json; charset=utf-8"),
                "{\"title\": \"Bad\"}");

        assertThat(error.dialect()).isEqualTo(Dialect.PROBLEM_JSON);
    }

    @Test
    void shouldNotTrustAnyOtherContentType() {
        CanonicalError error = classify(401, Map.of("Content-Type", "application/problem+xml"),
                "{\"error\": \"invalid_token\"}");

        assertThat(error.dialect()).isEqualTo(Dialect.FLAT_CODE_STATUS);
    }

    @Test
    void shouldKeepRfc9457ErrorsExtensionsInsideProblemJson() {
        CanonicalError error = classify(422, """
                {"type": "https://example.net/validation-error", "title": "Your request is not valid.",
                 "errors": [{"detail": "must be a positive integer", "pointer": "#/age"}]}""");

        assertThat(error.dialect()).isEqualTo(Dialect.PROBLEM_JSON);
        assertThat(error.category()).isEqualTo(Category.VALIDATION);
    }
}
