package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class GraphqlShapeTest {

    @Test
    void shouldRaiseRateLimitedForThrottledAt200() {
        CanonicalError error = classify(200, """
                {"errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED",
                  "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
                 "extensions": {"cost": {"requestedQueryCost": 101}}}""");

        assertThat(error.dialect()).isEqualTo(Dialect.GRAPHQL);
        assertThat(error.code()).isEqualTo("THROTTLED");
        assertThat(error.category()).isEqualTo(Category.RATE_LIMIT);
        assertThat(error.alertClass()).isEqualTo(AlertClass.RATE_LIMITED);
    }

    @Test
    void shouldTakeTheCodeOfTheFirstErrorThatHasOne() {
        CanonicalError error = classify(200, """
                {"data": null, "errors": [
                  {"message": "a", "locations": [{"line": 1, "column": 2}], "path": ["x"]},
                  {"message": "b", "extensions": {"code": "UNAUTHENTICATED"}},
                  {"message": "c", "extensions": {"code": "FORBIDDEN"}}]}""");

        assertThat(error.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(error.category()).isEqualTo(Category.AUTHENTICATION);
        assertThat(error.alertClass()).isEqualTo(AlertClass.NONE);
    }

    @Test
    void shouldNotTreatDataWithoutErrorsAsAnError() {
        CanonicalError error = classify(200, "{\"data\": {\"shop\": {\"name\": \"x\"}}, \"errors\": []}");

        assertThat(error.isError()).isFalse();
    }
}
