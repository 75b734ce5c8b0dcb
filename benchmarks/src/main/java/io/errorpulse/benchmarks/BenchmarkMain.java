package io.errorpulse.benchmarks;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * JMH's command line, plus one summary at the end: for each corpus, classify and tokenise in
 * records per second and their ratio, against the target (classify at least 75% of tokenise).
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
        Map<String, double[]> byCorpus = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            String corpus = result.getParams().getParam("corpus");
            double score = result.getPrimaryResult().getScore();
            double[] pair = byCorpus.computeIfAbsent(corpus == null ? "-" : corpus, c -> new double[2]);
            if ("classify".equals(method)) {
                pair[0] = score;
            } else if ("tokenise".equals(method)) {
                pair[1] = score;
            }
        }
        StringBuilder sb = new StringBuilder("classify vs Jackson tokenisation of the same bodies, one thread:\n");
        byCorpus.forEach((corpus, pair) -> {
            sb.append(String.format(Locale.ROOT, "  corpus %-6s classify %,12.0f rec/s   tokenise %,12.0f rec/s",
                    corpus, pair[0], pair[1]));
            if (pair[0] > 0 && pair[1] > 0) {
                double ratio = pair[0] / pair[1];
                sb.append(String.format(Locale.ROOT, "   ratio %.2f (target >= %.2f: %s)", ratio, TARGET_RATIO,
                        ratio >= TARGET_RATIO ? "met" : "NOT met"));
            }
            sb.append('\n');
        });
        return sb.toString();
    }
}
