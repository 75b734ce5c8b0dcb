package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class ODataShapeTest {

    @Test
    void shouldTakeTheTopLevelCodeNotTheInnermost() {
        CanonicalError error = classify(401, """
                {"error": {"code": "InvalidAuthenticationToken", "message": "Access token has expired.",
                  "innerError": {"code": "TokenExpired", "date": "2024-01-01T00:00:00",
                                 "innererror": {"code": "DeeperStill"}}}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.ODATA);
        assertThat(error.code()).isEqualTo("InvalidAuthenticationToken");
        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
    }

    @Test
    void shouldRecogniseTargetAndCodedDetails() {
        CanonicalError error = classify(400, """
                {"error": {"code": "BadArgument", "message": "Multiple errors in ContactInfo data",
                  "target": "ContactInfo",
                  "details": [{"code": "NullValue", "target": "PhoneNumber", "message": "must not be null"}]}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.ODATA);
        assertThat(error.category()).isEqualTo(Category.VALIDATION);
    }

    @Test
    void shouldRecogniseODataV3() {
        CanonicalError error = classify(404, """
                {"odata.error": {"code": "ResourceNotFound", "message": {"lang": "en-US", "value": "Not here"}}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.ODATA);
        assertThat(error.code()).isEqualTo("ResourceNotFound");
    }

    @Test
    void shouldRaiseRateLimitedForAThrottlingCodeAt503() {
        CanonicalError error = classify(503, """
                {"error": {"code": "ServerBusy", "message": "The server is busy.", "innererror": {}}}""");

        assertThat(error.alertClass()).as("5xx comes before a throttling code").isEqualTo(AlertClass.SERVER_ERROR);
        assertThat(error.category()).isEqualTo(Category.UNAVAILABLE);
    }
}
