package io.errorpulse.benchmarks;

import io.errorpulse.envelope.CanonicalError;
import io.errorpulse.envelope.Dialect;
import io.errorpulse.envelope.EnvelopeClassifier;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark measures what it claims: every dialect, mostly small bodies, some successes. */
class BodyMixTest {

    private final EnvelopeClassifier classifier = new EnvelopeClassifier();

    @Test
    void shouldCoverEveryDialectWithMostlySmallBodiesAndSomeSuccesses() {
        Set<Dialect> seen = EnumSet.noneOf(Dialect.class);
        int successes = 0;
        int small = 0;
        List<Sample> mix = BodyMix.mixed();
        for (Sample s : mix) {
            CanonicalError error = classifier.classify(s.status(), s.headers(), s.body());
            seen.add(error.dialect());
            successes += error.isError() ? 0 : 1;
            small += s.body().length <= 512 ? 1 : 0;
        }

        assertThat(mix).hasSize(BodyMix.SIZE);
        assertThat(seen).containsAll(EnumSet.allOf(Dialect.class));
        assertThat(successes).isBetween(BodyMix.SIZE / 5, BodyMix.SIZE / 2);
        assertThat(small).isGreaterThan(BodyMix.SIZE * 3 / 4);
    }

    @Test
    void shouldHoldOnlyCompleteJsonInTheJsonCorpus() {
        for (Sample s : BodyMix.jsonOnly()) {
            assertThat(ClassifyBenchmark.tokenise(new com.fasterxml.jackson.core.JsonFactory(), s.body()))
                    .isPositive();
        }
    }
}
