package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class GoogleRpcShapeTest {

    @Test
    void shouldReadTheErrorInfoReason() {
        CanonicalError error = classify(401, """
                {"error": {"code": 401, "message": "Request had invalid authentication credentials.",
                  "status": "UNAUTHENTICATED",
                  "details": [
                    {"@type": "type.googleapis.com/google.rpc.Help", "links": [{"url": "https://x"}]},
                    {"reason": "ACCESS_TOKEN_EXPIRED", "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                     "domain": "googleapis.com", "metadata": {"service": "x.googleapis.com"}}]}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.GOOGLE_RPC);
        assertThat(error.code()).isEqualTo("ACCESS_TOKEN_EXPIRED");
        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
        assertThat(error.retry()).isEqualTo(Retry.REFRESH_CREDENTIALS);
    }

    @Test
    void shouldFallBackToTheLegacyReasonThenTheStatus() {
        CanonicalError legacy = classify(403, """
                {"error": {"errors": [{"domain": "usageLimits", "reason": "rateLimitExceeded", "message": "x"},
                                      {"reason": "other"}],
                  "code": 403, "message": "Rate Limit Exceeded"}}""");
        CanonicalError status = classify(429, """
                {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}""");

        assertThat(legacy.dialect()).isEqualTo(Dialect.GOOGLE_RPC);
        assertThat(legacy.code()).isEqualTo("rateLimitExceeded");
        assertThat(legacy.alertClass()).as("a throttling code at 403").isEqualTo(AlertClass.RATE_LIMITED);
        assertThat(status.code()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(status.category()).isEqualTo(Category.QUOTA);
    }
}
