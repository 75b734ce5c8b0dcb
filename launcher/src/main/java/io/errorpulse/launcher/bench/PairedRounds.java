package io.errorpulse.launcher.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Rounds of a comparison measured in turns: in each round a reference run (the baseline, or the clean
 * stream) and then the measured one (errorpulse, or the hostile stream). Each side is judged by its
 * median round, so that neither is judged by a round the JIT compiler or the collector spoilt: the
 * first round runs code still being compiled, and each switch from one side to the other makes the JIT
 * compile again some of the code both run (the Kafka clients and Streams).
 */
final class PairedRounds {

    private final List<ThroughputRun.Result> reference = new ArrayList<>();
    private final List<ThroughputRun.Result> measured = new ArrayList<>();

    void add(ThroughputRun.Result referenceRound, ThroughputRun.Result measuredRound) {
        reference.add(referenceRound);
        measured.add(measuredRound);
    }

    int rounds() {
        return reference.size();
    }

    /** The reference side's median round by records/s. */
    ThroughputRun.Result reference() {
        return median(reference);
    }

    /** The measured side's median round by records/s. */
    ThroughputRun.Result measured() {
        return median(measured);
    }

    /** The measured side's median records/s over the reference side's. */
    double ratio() {
        return measured().recordsPerSecond() / reference().recordsPerSecond();
    }

    /** The records/s of each reference round, in order, e.g. {@code 107,541 / 131,225}. */
    String referenceRounds() {
        return describe(reference);
    }

    /** The records/s of each measured round, in order. */
    String measuredRounds() {
        return describe(measured);
    }

    /**
     * The median of an odd number of rounds; of an even number, the lower of the two middle ones: a
     * round that was measured, never an average of two.
     */
    static ThroughputRun.Result median(List<ThroughputRun.Result> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalStateException("no round measured");
        }
        List<ThroughputRun.Result> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(ThroughputRun.Result::recordsPerSecond));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static String describe(List<ThroughputRun.Result> rounds) {
        return rounds.stream()
                .map(r -> String.format(Locale.ROOT, "%,.0f", r.recordsPerSecond()))
                .collect(Collectors.joining(" / "));
    }
}
