package io.errorpulse.benchmarks;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * JMH's command line, plus one summary at the end: for each corpus, classify and tokenise in
 * records per second and their ratio, against the target (classify at least 75% of tokenise):
 * from the throughput runs, and from the median and best sampled times, which a busy machine
 * distorts far less.
 */
public final class BenchmarkMain {

    static final double TARGET_RATIO = 0.75;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println(summary(results));
    }

    static String summary(Collection<RunResult> results) {
        // corpus -> mode -> {classify, tokenise} in records per second
        Map<String, Map<String, double[]>> figures = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            int index = switch (label.substring(label.lastIndexOf('.') + 1)) {
                case "classify" -> 0;
                case "tokenise" -> 1;
                default -> -1;
            };
            if (index < 0) {
                continue;
            }
            String corpus = String.valueOf(result.getParams().getParam("corpus"));
            Map<String, double[]> byMode = figures.computeIfAbsent(corpus, c -> new TreeMap<>());
            Statistics stats = result.getPrimaryResult().getStatistics();
            if (result.getParams().getMode() == Mode.Throughput) {
                byMode.computeIfAbsent("throughput", m -> new double[2])[index] = stats.getMean();
            } else if (result.getParams().getMode() == Mode.SampleTime && stats.getN() > 0) {
                // seconds per record -> records per second
                byMode.computeIfAbsent("median time", m -> new double[2])[index] = 1 / stats.getPercentile(50);
                byMode.computeIfAbsent("best time", m -> new double[2])[index] = 1 / stats.getMin();
            }
        }
        StringBuilder sb = new StringBuilder("classify vs Jackson tokenisation of the same bodies, one thread:\n");
        figures.forEach((corpus, byMode) -> byMode.forEach((mode, pair) -> {
            sb.append(String.format(Locale.ROOT, "  corpus %-6s %-11s classify %,12.0f rec/s   tokenise %,12.0f rec/s",
                    corpus, mode, pair[0], pair[1]));
            if (pair[0] > 0 && pair[1] > 0) {
                double ratio = pair[0] / pair[1];
                sb.append(String.format(Locale.ROOT, "   ratio %.2f (target >= %.2f: %s)", ratio, TARGET_RATIO,
                        ratio >= TARGET_RATIO ? "met" : "NOT met"));
            }
            sb.append('\n');
        }));
        return sb.toString();
    }
}
