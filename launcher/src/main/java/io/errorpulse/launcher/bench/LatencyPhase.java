package io.errorpulse.launcher.bench;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Alert latency: a fresh errorpulse instance on a live topic, background traffic at a fixed rate and
 * a series of storms ({@link LiveStorms}); for each storm, the time from the produce of the record
 * that crosses the spike rule's line to the firing alert read (committed) from the alerts topic.
 */
final class LatencyPhase {

    /** Latencies in milliseconds, sorted; {@code missed} storms never raised an alert. */
    record Result(List<Double> latenciesMs, int missed, int backgroundPerSecond) {
        double percentile(double p) {
            if (latenciesMs.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMs.size()) - 1;
            return latenciesMs.get(Math.max(0, Math.min(latenciesMs.size() - 1, index)));
        }
    }

    private static final long STORM_EVERY_MS = 1_500;

    private LatencyPhase() {
    }

    static Result run(ErrorpulseConfig config, int backgroundPerSecond, int storms, PrintStream out)
            throws InterruptedException {
        String bootstrap = config.bootstrapServers();
        try (ErrorpulseInstance instance = BenchInstance.start(config);
             AlertWatch watch = new AlertWatch(bootstrap, config.getString(ErrorpulseConfig.TOPIC_ALERTS_CONFIG)).start()) {
            awaitRunning(instance.streams());
            int minEvents = config.getInt(ErrorpulseConfig.DETECT_MIN_EVENTS_CONFIG);
            double floor = config.getDouble(ErrorpulseConfig.DETECT_RATE_FLOOR_CONFIG);
            out.printf(Locale.ROOT, "  live: %,d req/s background, %d storms of 200 rejected tokens/s (one every %.1f s);"
                    + " the rule fires at >= %d failures and rate >= %.2f%n", backgroundPerSecond, storms,
                    STORM_EVERY_MS / 1000.0, minEvents, floor);
            try (LiveStorms live = new LiveStorms(bootstrap, config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG),
                    backgroundPerSecond, storms, STORM_EVERY_MS, minEvents, floor).start()) {
                long lastPrint = System.nanoTime();
                while (!live.finished()) {
                    Thread.sleep(250);
                    if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                        lastPrint = System.nanoTime();
                        long alerted = live.storms().stream().filter(s -> watch.firstFiring(s.store, "auth_failure") != null).count();
                        out.printf(Locale.ROOT, "  live: %,d records produced, %d of %d storms alerted so far%n",
                                live.produced(), alerted, storms);
                    }
                }
                long deadline = System.nanoTime() + 15_000_000_000L;
                while (System.nanoTime() < deadline && !allAlerted(live, watch)) {
                    Thread.sleep(100);
                }
                List<Double> latencies = new ArrayList<>();
                int missed = 0;
                for (LiveStorms.StormTarget storm : live.storms()) {
                    Long arrived = watch.firstFiring(storm.store, "auth_failure");
                    if (arrived == null || storm.crossedAtNanos < 0) {
                        missed++;
                    } else {
                        latencies.add((arrived - storm.crossedAtNanos) / 1e6);
                    }
                }
                Collections.sort(latencies);
                return new Result(latencies, missed, backgroundPerSecond);
            }
        }
    }

    private static boolean allAlerted(LiveStorms live, AlertWatch watch) {
        return live.storms().stream().allMatch(s -> watch.firstFiring(s.store, "auth_failure") != null);
    }

    private static void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("errorpulse did not reach RUNNING (" + streams.state() + ")");
            }
            Thread.sleep(100);
        }
    }
}
