package io.errorpulse.launcher.bench;

import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.topology.ErrorpulseTopology;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./errorpulse bench}: on an in-process broker, in one run, the records/s of a plain Kafka
 * Streams DSL application ({@link BaselineApp}) and of errorpulse over the same records, then the
 * alert latency on live traffic, the memory peaks, and a last line scripts can read. With
 * {@code --keys}, a memory run instead: errorpulse over that many active store x app keys, its heap
 * and its RocksDB memory against the configured budget.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure errorpulse against a plain Kafka Streams DSL count on an in-process broker.",
                "Prints throughput, alert latency and memory; the last line is",
                "'throughput ratio: R (errorpulse X rec/s, baseline Y rec/s, EOS|ALOS)'."})
public final class BenchCommand implements Callable<Integer> {

    private static final String INPUT = "bench-access-logs";
    private static final String WARMUP = "bench-warmup";
    private static final String LIVE = "bench-live";
    private static final String ALERTS = "error-alerts";
    private static final String DEAD_LETTER = "api-access-logs-dlq";
    private static final long RUN_TIMEOUT_MS = 30 * 60_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--records", defaultValue = "2000000", paramLabel = "N",
            description = "Records to measure over (default: ${DEFAULT-VALUE}; 200000 for a quick run).")
    long records;

    @Option(names = "--partitions", defaultValue = "6", paramLabel = "P",
            description = "Partitions of the input topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--guarantee", defaultValue = "exactly_once_v2", paramLabel = "G",
            description = "Processing guarantee of both applications: exactly_once_v2 or at_least_once (default: ${DEFAULT-VALUE}).")
    String guarantee;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Records each application processes before it is measured, to warm the JIT (default: records/10, at least 20000).")
    Long warmup;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R",
            description = "Throughput rounds, each the baseline then errorpulse over the same records; each application"
                    + " is judged by its median round (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--live-rate", defaultValue = "2000", paramLabel = "N",
            description = "Background requests/s of the alert-latency phase (default: ${DEFAULT-VALUE}).")
    int liveRate;

    @Option(names = "--storms", defaultValue = "30", paramLabel = "N",
            description = "Storms injected in the alert-latency phase; 0 skips it (default: ${DEFAULT-VALUE}).")
    int storms;

    @Option(names = "--bad-input-records", paramLabel = "N",
            description = "Records of the bad-input phase, run clean and with one in ten hostile; 0 skips it"
                    + " (default: records/2, at least 50000: long enough that a run's start and end do not flatter it).")
    Long badInputRecords;

    @Option(names = "--stages",
            description = "Also measure errorpulse's topology cut short after each stage (read, classify, combine, count,"
                    + " detect), in turns over the same rounds: what each stage costs.")
    boolean stages;

    @Option(names = "--keys", paramLabel = "K",
            description = "Memory run instead: errorpulse over K active store x app keys (e.g. 100000).")
    Integer keys;

    @Override
    public Integer call() throws Exception {
        if (!guarantee.equals("exactly_once_v2") && !guarantee.equals("at_least_once")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--guarantee must be exactly_once_v2 or at_least_once");
        }
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be 1 or more, not " + rounds);
        }
        if (badInputRecords != null && badInputRecords < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--bad-input-records must be 0 (no bad-input phase) or more, not " + badInputRecords);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("errorpulse bench: " + MachineLoad.describe());
        Path work = Files.createTempDirectory("errorpulse-bench");
        try (MemoryPeaks memory = new MemoryPeaks();
             InProcessKafka kafka = InProcessKafka.start(work.resolve("kafka"), false, InProcessKafka.freePort(),
                     InProcessKafka.freePort())) {
            kafka.createTopics(Map.of(INPUT, partitions, WARMUP, partitions, LIVE, partitions, ALERTS, 1, DEAD_LETTER, 1));
            // long before they are written: a topic produced to just after its creation can refuse an idempotent
            // producer's batches until they expire (OutOfOrderSequenceException)
            kafka.createTopics(BadInputRun.topics(partitions, rounds));
            if (keys != null) {
                kafka.createTopics(Map.of(KeysRun.TOPIC, partitions));
                return new KeysRun(kafka.bootstrapServers(), work, guarantee, memory, out).run(keys, partitions);
            }
            return throughputAndLatency(kafka, work, memory, out);
        } finally {
            deleteTree(work);
        }
    }

    private int throughputAndLatency(InProcessKafka kafka, Path work, MemoryPeaks memory, PrintStream out) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        long warmupRecords = warmup != null ? warmup : Math.max(20_000, records / 10);
        out.printf(Locale.ROOT, "generating records (%,d stores x %d apps, Zipf-skewed, unkeyed, event times over the last hour)%n",
                BenchRecords.STORES, BenchRecords.APPS);
        BenchRecords.produce(bootstrap, WARMUP, partitions, warmupRecords, 1, out);
        BenchRecords.produce(bootstrap, INPUT, partitions, records, 2, out);

        ThroughputRun runner = new ThroughputRun(bootstrap, out);
        out.printf(Locale.ROOT, "warming up: each application processes %,d other records first%n", warmupRecords);
        measureBaseline(runner, bootstrap, work, WARMUP, warmupRecords);
        measureErrorpulse(runner, bootstrap, work, WARMUP, warmupRecords);

        out.printf(Locale.ROOT, "measuring throughput: %d rounds, each the baseline then errorpulse over the same %,d records;"
                + " each is judged by its median round%n", rounds, records);
        PairedRounds throughput = new PairedRounds();
        long heapDuringErrorpulse = 0;
        long heapUsedPeak = 0;
        long heapLivePeak = 0;
        for (int round = 1; round <= rounds; round++) {
            out.printf(Locale.ROOT, "round %d of %d: the baseline (DSL groupBy store|app -> 1-min window -> count, %s)%n",
                    round, rounds, guarantee);
            ThroughputRun.Result baseline = measureBaseline(runner, bootstrap, work, INPUT, records);
            out.printf(Locale.ROOT, "  baseline:   %,.0f rec/s (%s; %s; CPU per record: %s)%n", baseline.recordsPerSecond(),
                    baseline.duration(), counted(baseline.counted(), records), baseline.cpuPerRecord());
            out.printf(Locale.ROOT, "round %d of %d: errorpulse (read, redact, classify, aggregate, detect; its shipped settings)%n",
                    round, rounds);
            heapUsedPeak = Math.max(heapUsedPeak, memory.heapUsedPeak());
            heapLivePeak = Math.max(heapLivePeak, memory.heapLivePeak());
            memory.reset();
            ThroughputRun.Result errorpulse = measureErrorpulse(runner, bootstrap, work, INPUT, records);
            heapDuringErrorpulse = Math.max(heapDuringErrorpulse, memory.heapUsedPeak());
            out.printf(Locale.ROOT, "  errorpulse: %,.0f rec/s (%s; %s; CPU per record: %s)%n", errorpulse.recordsPerSecond(),
                    errorpulse.duration(), counted(errorpulse.counted(), records), errorpulse.cpuPerRecord());
            throughput.add(baseline, errorpulse);
        }

        Map<ErrorpulseTopology.Stage, ThroughputRun.Result> stageResults = Map.of();
        if (stages) {
            out.printf(Locale.ROOT, "measuring stages: errorpulse's topology cut short after each stage, in turns over %d rounds%n",
                    rounds);
            stageResults = new StagesRun(runner, bootstrap, work, guarantee, ALERTS, DEAD_LETTER).run(INPUT, records, rounds, out);
        }

        BadInputRun.Result badInput = null;
        long badRecords = badInputRecords != null ? badInputRecords : Math.max(50_000, records / 2);
        if (badRecords > 0) {
            out.printf(Locale.ROOT, "measuring bad input (errorpulse over %,d records, clean then with one in ten hostile,"
                    + " in turns over %d rounds)%n", badRecords, rounds);
            badInput = new BadInputRun(bootstrap, work, guarantee, ALERTS, runner).run(badRecords, partitions, rounds, out);
        }

        LatencyPhase.Result latency = null;
        if (storms > 0) {
            out.println("measuring alert latency (live traffic, storms injected)");
            latency = LatencyPhase.run(BenchInstance.config(bootstrap, "bench-live-" + UUID.randomUUID(),
                    work.resolve("state-live"), LIVE, ALERTS, DEAD_LETTER, guarantee, Map.of()), liveRate, storms, out);
        }

        String mode = guarantee.equals("exactly_once_v2") ? "EOS" : "ALOS";
        ThroughputRun.Result baseline = throughput.reference();
        ThroughputRun.Result errorpulse = throughput.measured();
        heapUsedPeak = Math.max(heapUsedPeak, memory.heapUsedPeak());
        heapLivePeak = Math.max(heapLivePeak, memory.heapLivePeak());
        out.println();
        out.println("figures (" + MachineLoad.describe() + ")");
        out.printf(Locale.ROOT, "  records:          %,d over %d partitions, %s%n", records, partitions, guarantee);
        out.printf(Locale.ROOT, "  baseline:         %,.0f rec/s (median of %d rounds: %s)%n", baseline.recordsPerSecond(),
                throughput.rounds(), throughput.referenceRounds());
        out.printf(Locale.ROOT, "  errorpulse:       %,.0f rec/s (median of %d rounds: %s)%n", errorpulse.recordsPerSecond(),
                throughput.rounds(), throughput.measuredRounds());
        out.printf(Locale.ROOT, "  CPU per record:   baseline %.1f us, errorpulse %.1f us in their median rounds (ratio %.2f;"
                        + " the whole process, broker included)%n",
                baseline.cpuMicrosPerRecord(), errorpulse.cpuMicrosPerRecord(),
                baseline.cpuMicrosPerRecord() / errorpulse.cpuMicrosPerRecord());
        out.printf(Locale.ROOT, "  where it goes:    baseline %s; errorpulse %s (median rounds; the machine's figure counts every"
                + " process and the kernel)%n", baseline.cpuPerRecord(), errorpulse.cpuPerRecord());
        if (!stageResults.isEmpty()) {
            out.printf(Locale.ROOT, "  stages:           errorpulse up to each stage, medians of %d rounds (what the stages after it"
                    + " would allow if they cost nothing)%n", rounds);
            for (Map.Entry<ErrorpulseTopology.Stage, ThroughputRun.Result> stage : stageResults.entrySet()) {
                ThroughputRun.Result result = stage.getValue();
                out.printf(Locale.ROOT, "    up to %-9s %,9.0f rec/s, %.2fx the baseline (CPU per record: %s)%n",
                        StagesRun.name(stage.getKey()) + ":", result.recordsPerSecond(),
                        result.recordsPerSecond() / baseline.recordsPerSecond(), result.cpuPerRecord());
            }
        }
        if (badInput != null) {
            BenchRecords.Written written = badInput.written();
            out.printf(Locale.ROOT, "  bad input:        10%% hostile %,.0f rec/s vs clean %,.0f rec/s: ratio %.2f (target 0.5;"
                            + " medians of %d rounds: hostile %s, clean %s); CPU per record %.1f vs %.1f us; in the worst"
                            + " round %,d of %,d unreadable dead-lettered, %,d of %,d readable counted (%.1fx the bytes of the"
                            + " clean stream)%n",
                    badInput.hostile().recordsPerSecond(), badInput.clean().recordsPerSecond(), badInput.ratio(),
                    badInput.rounds().rounds(), badInput.rounds().measuredRounds(), badInput.rounds().referenceRounds(),
                    badInput.hostile().cpuMicrosPerRecord(), badInput.clean().cpuMicrosPerRecord(), badInput.deadLettered(),
                    written.unreadable(), badInput.counted(), written.records() - written.unreadable(),
                    badInput.bytesRatio());
        }
        if (latency != null) {
            out.printf(Locale.ROOT, "  alert latency:    p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d storms (%d missed) at %,d req/s%n",
                    latency.percentile(50), latency.percentile(99), latency.percentile(100), latency.latenciesMs().size(),
                    latency.missed(), latency.backgroundPerSecond());
        }
        out.printf(Locale.ROOT, "  heap peak:        %s used during errorpulse's rounds, %s used and %s live after GC over the"
                        + " whole bench (limit %s; broker and both applications share this JVM)%n",
                mb(heapDuringErrorpulse), mb(heapUsedPeak), mb(heapLivePeak), mb(MemoryPeaks.heapMax()));
        out.printf(Locale.ROOT, "  RSS peak:         %s (VmHWM of the bench process)%n", mb(MemoryPeaks.residentPeak()));
        out.printf(Locale.ROOT, "throughput ratio: %.2f (errorpulse %.0f rec/s, baseline %.0f rec/s, %s)%n",
                throughput.ratio(), errorpulse.recordsPerSecond(), baseline.recordsPerSecond(), mode);
        return 0;
    }

    private ThroughputRun.Result measureBaseline(ThroughputRun runner, String bootstrap, Path work, String topic, long count)
            throws InterruptedException {
        String appId = "bench-baseline-" + UUID.randomUUID();
        KafkaStreams[] app = new KafkaStreams[1];
        try {
            ThroughputRun.Result result = runner.measure("baseline", appId, topic, count, () -> {
                app[0] = new KafkaStreams(BaselineApp.topology(topic, BaselineApp.REPLAY_GRACE),
                        BaselineApp.properties(bootstrap, appId, work.resolve(appId).toString(), guarantee));
                app[0].start();
                return app[0];
            }, RUN_TIMEOUT_MS);
            return result.withCounted(CountedRecords.<Long>sum(app[0], BaselineApp.COUNTS_STORE, Long::longValue));
        } finally {
            if (app[0] != null) {
                app[0].close(Duration.ofSeconds(30));
            }
            deleteTree(work.resolve(appId));
        }
    }

    private ThroughputRun.Result measureErrorpulse(ThroughputRun runner, String bootstrap, Path work, String topic,
                                                   long count) throws InterruptedException {
        String appId = "bench-errorpulse-" + UUID.randomUUID();
        return BenchInstance.measure(runner, "errorpulse", BenchInstance.config(bootstrap, appId, work.resolve(appId), topic,
                ALERTS, DEAD_LETTER, guarantee, Map.of()), count, RUN_TIMEOUT_MS);
    }

    /** What a run's windows held: every record, or how many were not counted. */
    static String counted(long counted, long records) {
        return counted < 0 ? "window store not readable for a check"
                : String.format(Locale.ROOT, "%,d records in its windows, %,d not counted", counted, records - counted);
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the benchmark for
        }
    }
}
