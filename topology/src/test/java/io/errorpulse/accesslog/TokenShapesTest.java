package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "token sx_at_7Hq2LmP9xR4t expired|token sx_at_[redacted] expired",
        "sx_secret_Qw3Er5Ty|sx_secret_[redacted]",
        "sk_live_51HxQ2 and sk_test_4eC39H|sk_live_[redacted] and sk_test_[redacted]",
        "rk_live_abc|rk_live_[redacted]",
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln done|jwt [redacted] done",
        "client sx_app_9f8e7d|client sx_app_9f8e7d",
        "eyJ alone and sk_live_ bare|eyJ alone and sk_live_ bare",
        "nothing here|nothing here",
        "syJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln|syJhbGciOiJIUzI1NiJ9.[redacted]",
    })
    void shouldReplaceTokenShapesInTextAndBytesAlike(String text, String expected) {
        assertThat(TokenShapes.scrub(text)).isEqualTo(expected);
        assertThat(new String(TokenShapes.scrub(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo(expected);
    }

    @Test
    void shouldScanALongRunOfJwtLookalikesInLinearTime() {
        String text = "eyJ".repeat(140_000); // 420 kB of JWT starts with no dot: took tens of seconds when each was rescanned
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(TokenShapes.scrub(text)).isSameAs(text);
            assertThat(TokenShapes.scrub(bytes)).isSameAs(bytes);
        });
    }

    @Test
    void shouldReturnTheSameInstanceWhenThereIsNothingToScrub() {
        String text = "plain text";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(TokenShapes.scrub(text)).isSameAs(text);
        assertThat(TokenShapes.scrub(bytes)).isSameAs(bytes);
    }
}
