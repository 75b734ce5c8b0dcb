package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class AwsJsonShapeTest {

    @Test
    void shouldCutTheTypeAfterTheNamespace() {
        CanonicalError error = classify(400, """
                {"__type": "com.amazonaws.dynamodb.v20120810#ThrottlingException", "message": "Rate exceeded"}""");

        assertThat(error.dialect()).isEqualTo(Dialect.AWS_JSON);
        assertThat(error.code()).isEqualTo("ThrottlingException");
        assertThat(error.alertClass()).isEqualTo(AlertClass.RATE_LIMITED);
    }

    @Test
    void shouldPreferTheErrorTypeHeaderCutBeforeTheColon() {
        CanonicalError error = classify(400,
                Map.of("X-Amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/"),
                "{\"__type\": \"ns#Other\", \"message\": \"1 validation error detected\"}");

        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error.category()).isEqualTo(Category.VALIDATION);
    }

    @Test
    void shouldUseTheBodyCodeBeforeTheType() {
        CanonicalError error = classify(403, """
                {"code": "AccessDeniedException", "__type": "ns#Other", "message": "x"}""");

        assertThat(error.code()).isEqualTo("AccessDeniedException");
    }

    @Test
    void shouldRecogniseApiGatewaysMessageByItsHeader() {
        CanonicalError error = classify(403, Map.of("x-amzn-errortype", "ForbiddenException"),
                "{\"message\": \"Forbidden\"}");

        assertThat(error.dialect()).isEqualTo(Dialect.AWS_JSON);
        assertThat(error.code()).isEqualTo("ForbiddenException");
    }

    @Test
    void shouldBeIdentifiedByTheAmzJsonContentType() {
        CanonicalError error = classify(400, Map.of("content-type", "application/x-amz-json-1.1"),
                "{\"message\": \"x\", \"code\": \"ns#ValidationException\"}");

        assertThat(error.dialect()).isEqualTo(Dialect.AWS_JSON);
        assertThat(error.code()).isEqualTo("ValidationException");
    }
}
