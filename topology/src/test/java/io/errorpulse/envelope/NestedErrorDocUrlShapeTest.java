package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class NestedErrorDocUrlShapeTest {

    @Test
    void shouldReadErrorCodeAndDocUrl() {
        CanonicalError error = classify(422, """
                {"error": {"code": "VALIDATION_ERROR", "message": "Invalid email address",
                  "doc_url": "https://docs.shoppex.io/api/errors#VALIDATION_ERROR",
                  "details": [{"field": "email", "message": "must be a valid email"}]}}""");

        assertThat(error).isEqualTo(new CanonicalError("VALIDATION_ERROR", Dialect.NESTED_ERROR_DOC_URL,
                Category.VALIDATION, AlertClass.NONE, Retry.NONE,
                "https://docs.shoppex.io/api/errors#VALIDATION_ERROR"));
    }

    @Test
    void shouldDropADocUrlThatIsNotAWebLink() {
        CanonicalError error = classify(404, """
                {"error": {"code": "NOT_FOUND", "message": "x", "doc_url": "javascript:alert(1)"}}""");

        assertThat(error.code()).isEqualTo("NOT_FOUND");
        assertThat(error.docUrl()).isNull();
    }

    @Test
    void shouldTreatAnErrorObjectAt200AsAnExplicitError() {
        CanonicalError error = classify(200, """
                {"error": {"code": "RATE_LIMITED", "message": "slow down"}}""");

        assertThat(error.category()).isEqualTo(Category.RATE_LIMIT);
        assertThat(error.alertClass()).isEqualTo(AlertClass.RATE_LIMITED);
    }

    @Test
    void shouldLetALaterErrorMemberReplaceAnEarlierOne() {
        CanonicalError error = classify(404, """
                {"error": {"code": "RATE_LIMITED", "doc_url": "https://example.com/a"},
                 "error": {"message": "gone"}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.NESTED_ERROR_DOC_URL);
        assertThat(error.code()).isNull();
        assertThat(error.docUrl()).isNull();
        assertThat(error.category()).isEqualTo(Category.NOT_FOUND);
    }
}
