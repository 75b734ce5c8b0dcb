package io.errorpulse.envelope;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code of every seed document, in its seed's envelope, at its documented status. */
class SeedCodesTest {

    @ParameterizedTest(name = "seed {0}: {2} {3} at {4}")
    @CsvFileSource(resources = "seed-codes.csv", numLinesToSkip = 1)
    void shouldClassifyEverySeedCodeAtItsDocumentedStatus(String seed, String dialect, String code, String type,
            int status, String category, String alertClass, String retry) {
        CanonicalError error = Envelopes.classify(status, Envelopes.seedBody(dialect, code, type, status));

        assertThat(error.dialect().wireName()).as("dialect").isEqualTo(dialect);
        assertThat(error.code()).as("code").isEqualTo(code);
        assertThat(error.category().wireName()).as("category").isEqualTo(category);
        assertThat(error.alertClass().wireName()).as("alert class").isEqualTo(alertClass);
        assertThat(error.retry().wireName()).as("retry").isEqualTo(retry);
    }

    @ParameterizedTest(name = "seed {0}: {2} {3}")
    @CsvFileSource(resources = "seed-codes.csv", numLinesToSkip = 1)
    void shouldMatchEverySeedCodeIgnoringCaseAndBlanks(String seed, String dialect, String code, String type,
            int status, String category) {
        if (code == null) {
            return;
        }
        String oddlySpelled = "  " + swapCase(code) + " ";

        CanonicalError error = Envelopes.classify(status, Envelopes.seedBody(dialect, oddlySpelled, type, status));

        assertThat(error.code()).isEqualTo(oddlySpelled);
        assertThat(error.category().wireName()).isEqualTo(category);
    }

    private static String swapCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return sb.toString();
    }
}
