package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class StatusEnvelopeShapeTest {

    @Test
    void shouldTakeTheCodeFromErrorNotTheTopLevelHttpStatus() {
        CanonicalError error = classify(429, """
                {"code": 429, "status": "error",
                 "error": {"code": "RATE_LIMIT_EXCEEDED", "message": "Retry after 60 seconds.", "tier": "public_key"}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.STATUS_ENVELOPE);
        assertThat(error.code()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(error.alertClass()).isEqualTo(AlertClass.RATE_LIMITED);
        assertThat(error.retry()).isEqualTo(Retry.AFTER_DELAY);
    }

    @Test
    void shouldTreatStatusErrorAt200AsAnError() {
        CanonicalError error = classify(200, "{\"code\": 200, \"status\": \"error\", \"message\": \"failed\"}");

        assertThat(error.dialect()).isEqualTo(Dialect.STATUS_ENVELOPE);
        assertThat(error.code()).isNull();
        assertThat(error.category()).isEqualTo(Category.UNKNOWN);
    }

    @Test
    void shouldReportAnOkEnvelopeAsNoError() {
        CanonicalError error = classify(200, "{\"code\": 200, \"status\": \"OK\", \"data\": {\"items\": []}}");

        assertThat(error.dialect()).isEqualTo(Dialect.STATUS_ENVELOPE);
        assertThat(error.isError()).isFalse();
    }

    @Test
    void shouldNotRaiseAuthFailureForATokenCodeAt403() {
        CanonicalError error = classify(403, """
                {"code": 403, "status": "error", "error": {"code": "TOKEN_EXPIRED", "message": "x"}}""");

        assertThat(error.category()).isEqualTo(Category.AUTHENTICATION);
        assertThat(error.alertClass()).isEqualTo(AlertClass.NONE);
    }
}
