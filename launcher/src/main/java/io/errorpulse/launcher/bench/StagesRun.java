package io.errorpulse.launcher.bench;

import io.errorpulse.topology.ErrorpulseTopology.Stage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The bench's stages phase ({@code --stages}): errorpulse's topology cut short after each of its stages
 * ({@link Stage}), over the same records as the throughput rounds, each stage in turn in every round and
 * judged by its median round. A cut topology shows what errorpulse could reach if the stages after it cost
 * nothing, and the CPU of each run shows what each stage adds.
 */
final class StagesRun {

    private static final long RUN_TIMEOUT_MS = 15 * 60_000L;

    private final ThroughputRun runner;
    private final String bootstrapServers;
    private final Path work;
    private final String guarantee;
    private final String alertsTopic;
    private final String deadLetterTopic;

    StagesRun(ThroughputRun runner, String bootstrapServers, Path work, String guarantee, String alertsTopic,
              String deadLetterTopic) {
        this.runner = runner;
        this.bootstrapServers = bootstrapServers;
        this.work = work;
        this.guarantee = guarantee;
        this.alertsTopic = alertsTopic;
        this.deadLetterTopic = deadLetterTopic;
    }

    /** The median round of each stage over {@code records} of {@code topic}. */
    Map<Stage, ThroughputRun.Result> run(String topic, long records, int rounds, PrintStream out) throws InterruptedException {
        Map<Stage, List<ThroughputRun.Result>> measured = new EnumMap<>(Stage.class);
        for (int round = 1; round <= rounds; round++) {
            for (Stage stage : Stage.values()) {
                String name = "up to " + name(stage);
                String appId = "bench-stage-" + name(stage) + "-" + UUID.randomUUID();
                ThroughputRun.Result result = BenchInstance.measure(runner, name, BenchInstance.config(bootstrapServers,
                        appId, work.resolve(appId), topic, alertsTopic, deadLetterTopic, guarantee, Map.of()),
                        stage, records, RUN_TIMEOUT_MS);
                String counted = stage.compareTo(Stage.COUNT) < 0 ? "" // no windows yet to count in
                        : "; " + BenchCommand.counted(result.counted(), records);
                out.printf(Locale.ROOT, "  round %d, up to %-9s %,.0f rec/s (%s; CPU per record: %s%s)%n", round, name(stage),
                        result.recordsPerSecond(), result.duration(), result.cpuPerRecord(), counted);
                measured.computeIfAbsent(stage, s -> new ArrayList<>()).add(result);
            }
        }
        Map<Stage, ThroughputRun.Result> medians = new EnumMap<>(Stage.class);
        measured.forEach((stage, results) -> medians.put(stage, PairedRounds.median(results)));
        return medians;
    }

    static String name(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }
}
