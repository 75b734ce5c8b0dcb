package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class SuccessEnvelopeShapeTest {

    @Test
    void shouldReadErrorCodeOfSeed003() {
        CanonicalError error = classify(402, """
                {"success": false, "data": null,
                 "error": {"code": "INSUFFICIENT_BALANCE", "message": "Insufficient balance.",
                   "details": {"current_balance": 50.00, "required_amount": 100.00}},
                 "meta": {"request_id": "req_xxxx"}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.SUCCESS_ENVELOPE);
        assertThat(error.code()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(error.category()).isEqualTo(Category.PAYMENT);
        assertThat(error.retry()).isEqualTo(Retry.NONE);
    }

    @Test
    void shouldTreatSuccessFalseAt200AsAnError() {
        CanonicalError error = classify(200, """
                {"success": false, "data": null, "error": {"code": "AUTH_EXPIRED_TOKEN", "message": "JWT expired"}}""");

        assertThat(error.isError()).isTrue();
        assertThat(error.category()).isEqualTo(Category.AUTHENTICATION);
        assertThat(error.alertClass()).as("a credential code away from 401 is no auth failure")
                .isEqualTo(AlertClass.NONE);
        assertThat(error.retry()).isEqualTo(Retry.REFRESH_CREDENTIALS);
    }

    @Test
    void shouldTreatSuccessFalseWithoutAnErrorObjectAsAnUnknownError() {
        CanonicalError error = classify(200, "{\"success\": false, \"message\": \"nope\"}");

        assertThat(error.dialect()).isEqualTo(Dialect.SUCCESS_ENVELOPE);
        assertThat(error.category()).isEqualTo(Category.UNKNOWN);
        assertThat(error.alertClass()).isEqualTo(AlertClass.NONE);
    }

    @Test
    void shouldReportASuccessBodyAsNoError() {
        CanonicalError error = classify(200, """
                {"success": true, "data": {"id": 7}, "error": null, "meta": {"request_id": "r"}}""");

        assertThat(error).isEqualTo(new CanonicalError(null, Dialect.SUCCESS_ENVELOPE, Category.NONE,
                AlertClass.NONE, Retry.NONE, null));
    }
}
