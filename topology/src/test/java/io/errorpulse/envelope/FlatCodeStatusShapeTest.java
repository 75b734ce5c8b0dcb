package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class FlatCodeStatusShapeTest {

    @Test
    void shouldReadTheTopLevelCodeOfSeed000() {
        CanonicalError error = classify(403, """
                {"message": "Insufficient scope. Required: read:orders", "code": "insufficient_scope",
                 "required_scope": "read:orders", "status": 403}""");

        assertThat(error.dialect()).isEqualTo(Dialect.FLAT_CODE_STATUS);
        assertThat(error.code()).isEqualTo("insufficient_scope");
        assertThat(error.category()).isEqualTo(Category.AUTHORIZATION);
    }

    @Test
    void shouldReadAnOAuthErrorString() {
        CanonicalError error = classify(401, """
                {"error": "invalid_token", "error_description": "The access token expired"}""");

        assertThat(error.dialect()).isEqualTo(Dialect.FLAT_CODE_STATUS);
        assertThat(error.code()).isEqualTo("invalid_token");
        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
        assertThat(error.retry()).isEqualTo(Retry.REFRESH_CREDENTIALS);
    }

    @Test
    void shouldReportAnIntegerCodeAsItsDecimalString() {
        CanonicalError error = classify(429, """
                {"code": 20429, "message": "Too Many Requests", "more_info": "https://www.twilio.com/docs/errors/20429",
                 "status": 429}""");

        assertThat(error.code()).isEqualTo("20429");
        assertThat(error.category()).isEqualTo(Category.RATE_LIMIT);
        assertThat(error.docUrl()).isEqualTo("https://www.twilio.com/docs/errors/20429");
    }

    @Test
    void shouldTakeGithubsDocumentationUrlAsTheLink() {
        CanonicalError error = classify(401, """
                {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}""");

        assertThat(error.dialect()).isEqualTo(Dialect.FLAT_CODE_STATUS);
        assertThat(error.code()).isNull();
        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
        assertThat(error.docUrl()).isEqualTo("https://docs.github.com/rest");
    }

    @Test
    void shouldLetTheLoggedStatusWinOverTheBodysStatus() {
        CanonicalError error = classify(500, """
                {"message": "Invalid or expired access token.", "code": "invalid_token", "status": 401}""");

        assertThat(error.alertClass()).isEqualTo(AlertClass.SERVER_ERROR);
        assertThat(error.category()).isEqualTo(Category.SERVER);
        assertThat(error.code()).isEqualTo("invalid_token");
    }

    @Test
    void shouldNotTreatAFlatBodyAt200AsAnError() {
        CanonicalError error = classify(200, """
                {"message": "created", "code": "invalid_token"}""");

        assertThat(error.category()).isEqualTo(Category.NONE);
        assertThat(error.alertClass()).isEqualTo(AlertClass.NONE);
        assertThat(error.code()).isNull();
        assertThat(error.dialect()).isEqualTo(Dialect.FLAT_CODE_STATUS);
    }

    @Test
    void shouldNotTakeBooleansObjectsNullOrEmptyStringsAsCodes() {
        assertThat(classify(400, "{\"code\": true, \"message\": \"x\"}").code()).isNull();
        assertThat(classify(400, "{\"code\": {\"a\": 1}, \"message\": \"x\"}").code()).isNull();
        assertThat(classify(400, "{\"code\": [\"a\"], \"message\": \"x\"}").code()).isNull();
        assertThat(classify(400, "{\"code\": null, \"message\": \"x\"}").code()).isNull();
        assertThat(classify(400, "{\"code\": \"\", \"message\": \"x\"}").code()).isNull();
        assertThat(classify(400, "{\"code\": \"   \", \"message\": \"x\"}").code()).isNull();
        assertThat(classify(400, "{\"code\": 4.5, \"message\": \"x\"}").code()).isNull();
        assertThat(classify(400, "{\"code\": \"" + "x".repeat(129) + "\", \"message\": \"x\"}").code()).isNull();
        assertThat(classify(400, "{\"code\": \"" + "x".repeat(128) + "\", \"message\": \"x\"}").code())
                .hasSize(128);
    }

    @Test
    void shouldResolveDuplicateMembersLastWins() {
        CanonicalError error = classify(401, """
                {"code": "invalid_token", "message": "x", "code": "missing_token"}""");

        assertThat(error.code()).isEqualTo("missing_token");
        assertThat(error.alertClass()).isEqualTo(AlertClass.NONE);
    }

    @Test
    void shouldForgetAnEarlierCodeWhenTheLastDuplicateIsNoCode() {
        CanonicalError error = classify(401, """
                {"code": "missing_token", "message": "x", "code": false}""");

        assertThat(error.code()).isNull();
        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
    }
}
