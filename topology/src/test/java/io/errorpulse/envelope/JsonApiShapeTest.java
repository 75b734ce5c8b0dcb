package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

class JsonApiShapeTest {

    @Test
    void shouldReadTheCodeOfTheFirstErrorThatHasOne() {
        CanonicalError error = classify(422, """
                {"jsonapi": {"version": "1.1"},
                 "errors": [{"status": "422", "source": {"pointer": "/data/attributes/firstName"},
                             "title": "Invalid Attribute", "detail": "First name must contain at least two characters."},
                            {"status": "422", "code": "FIELD_TOO_SHORT", "title": "Too short"}]}""");

        assertThat(error.dialect()).isEqualTo(Dialect.JSONAPI);
        assertThat(error.code()).isEqualTo("FIELD_TOO_SHORT");
        assertThat(error.category()).isEqualTo(Category.VALIDATION);
    }

    @Test
    void shouldBeRecognisedWithoutTheJsonapiMember() {
        CanonicalError error = classify(401, """
                {"errors": [{"status": "401", "code": "TOKEN_EXPIRED", "title": "Unauthorized"}]}""");

        assertThat(error.dialect()).isEqualTo(Dialect.JSONAPI);
        assertThat(error.alertClass()).isEqualTo(AlertClass.AUTH_FAILURE);
    }
}
