package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

/** The dialects of bodies that carry no code: empty, html, plain-text. */
class NonJsonShapesTest {

    @Test
    void shouldClassifyAnEmpty429AsRateLimited() {
        assertThat(classify(429, "")).isEqualTo(new CanonicalError(null, Dialect.EMPTY, Category.RATE_LIMIT,
                AlertClass.RATE_LIMITED, Retry.AFTER_DELAY, null));
        assertThat(classify(429, null).dialect()).isEqualTo(Dialect.EMPTY);
        assertThat(classify(429, "\uFEFF \r\n\t").dialect()).isEqualTo(Dialect.EMPTY);
    }

    @Test
    void shouldReportAnEmpty204AsNoError() {
        assertThat(classify(204, "")).isEqualTo(new CanonicalError(null, Dialect.EMPTY, Category.NONE,
                AlertClass.NONE, Retry.NONE, null));
    }

    @Test
    void shouldRecogniseAProxysHtmlErrorPage() {
        CanonicalError error = classify(502, """
                <html>
                <head><title>502 Bad Gateway</title></head>
                <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>
                </html>""");

        assertThat(error.dialect()).isEqualTo(Dialect.HTML);
        assertThat(error.category()).isEqualTo(Category.UPSTREAM);
        assertThat(error.alertClass()).isEqualTo(AlertClass.SERVER_ERROR);
    }

    @Test
    void shouldRecogniseHtmlWhateverTheContentTypeClaims() {
        CanonicalError error = classify(503, Map.of("content-type", "application/json"),
                "<!DOCTYPE html><html><body>Service Unavailable</body></html>");

        assertThat(error.dialect()).isEqualTo(Dialect.HTML);
    }

    @Test
    void shouldReadPlainTextAndXmlAsPlainText() {
        assertThat(classify(401, "Unauthorized").dialect()).isEqualTo(Dialect.PLAIN_TEXT);
        assertThat(classify(404, "404 page not found").dialect()).isEqualTo(Dialect.PLAIN_TEXT);
        assertThat(classify(403, "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>").dialect())
                .isEqualTo(Dialect.PLAIN_TEXT);
        assertThat(classify(401, "\"invalid_token\"").dialect()).isEqualTo(Dialect.PLAIN_TEXT);
    }

    @Test
    void shouldNeverTakeACodeFromProse() {
        CanonicalError error = classify(400, "rate limit exceeded: THROTTLED, try again later");

        assertThat(error.code()).isNull();
        assertThat(error.alertClass()).isEqualTo(AlertClass.NONE);
        assertThat(error.category()).isEqualTo(Category.VALIDATION);
    }
}
