package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class StripeTypedShapeTest {

    @Test
    void shouldReadTheCodeNotTheType() {
        CanonicalError error = classify(404, """
                {"error": {"type": "not_found_error", "code": "reseller_store_not_found",
                  "message": "No reseller store found with ID rst_invalid", "param": "id"},
                 "request_id": "req_abc123def456"}""");

        assertThat(error.dialect()).isEqualTo(Dialect.STRIPE_TYPED);
        assertThat(error.code()).isEqualTo("reseller_store_not_found");
        assertThat(error.category()).isEqualTo(Category.NOT_FOUND);
    }

    @Test
    void shouldClassifyByTypeWhenThereIsNoCode() {
        CanonicalError error = classify(429, """
                {"error": {"type": "rate_limit_error", "message": "Too many requests"}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.STRIPE_TYPED);
        assertThat(error.code()).isNull();
        assertThat(error.category()).isEqualTo(Category.RATE_LIMIT);
        assertThat(error.retry()).isEqualTo(Retry.AFTER_DELAY);
    }

    @Test
    void shouldClassifyByTypeWhenTheCodeIsUnknown() {
        CanonicalError error = classify(400, """
                {"error": {"type": "card_error", "code": "some_new_decline_code"}}""");

        assertThat(error.code()).isEqualTo("some_new_decline_code");
        assertThat(error.category()).isEqualTo(Category.PAYMENT);
    }

    @Test
    void shouldRaiseAuthFailureForAnAuthenticationTypeAt401() {
        CanonicalError error = classify(401, """
                {"error": {"type": "authentication_error", "message": "Invalid API Key provided"}}""");

        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
        assertThat(error.category()).isEqualTo(Category.AUTHENTICATION);
    }
}
