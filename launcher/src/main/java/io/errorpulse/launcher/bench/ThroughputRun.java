package io.errorpulse.launcher.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Measures one application over the records already in its input topic: from the moment it is
 * RUNNING (group joined, tasks assigned, stores open: start-up costs differ between applications and
 * say nothing of their throughput) to the moment every record is processed and committed (see
 * {@link GroupProgress}), with a progress line every few seconds.
 *
 * <p>Work forwarded by a wall-clock punctuation may show up a moment after the input is drained: the
 * run is over only when the group stays caught up for {@link #SETTLE_MS}; the time taken is that of
 * the moment it became caught up, not of the end of the settle wait.
 */
public final class ThroughputRun {

    static final long SETTLE_MS = 4_000;
    private static final long POLL_MS = 200;
    private static final long PROGRESS_MS = 5_000;

    /**
     * What one run measured.
     *
     * @param cpu the CPU spent over the run: by the whole bench process (broker included; unlike records/s,
     *            it hardly changes when other programs load the machine), by the application's stream
     *            threads, and by the whole machine
     * @param tailSeconds of {@code seconds}, those after every input record was committed: the time it took the
     *                    records to cross the application's internal topics once its input was read
     */
    public record Result(String name, long records, double seconds, double tailSeconds, CpuUse cpu, long counted) {
        public double recordsPerSecond() {
            return records / seconds;
        }

        /** CPU of the whole bench process per record. */
        public double cpuMicrosPerRecord() {
            return cpu.processSeconds() * 1e6 / records;
        }

        /** CPU of the application's stream threads per record. */
        public double streamThreadMicrosPerRecord() {
            return cpu.streamThreadSeconds() * 1e6 / records;
        }

        /** Busy core time of the whole machine per record (every process and the kernel), NaN when not known. */
        public double machineMicrosPerRecord() {
            return cpu.machineSeconds() > 0 ? cpu.machineBusySeconds() * 1e6 / records : Double.NaN;
        }

        /** Where the CPU of the run went, per record: e.g. "process 7.9 us, stream threads 5.1 us, machine 9.8 us (97% busy)". */
        public String cpuPerRecord() {
            String machine = Double.isNaN(machineMicrosPerRecord()) ? "machine not known"
                    : String.format(Locale.ROOT, "machine %.1f us (%.0f%% busy)", machineMicrosPerRecord(), 100 * cpu.machineBusy());
            return String.format(Locale.ROOT, "process %.1f us, stream threads %.1f us, %s", cpuMicrosPerRecord(),
                    streamThreadMicrosPerRecord(), machine);
        }

        /**
         * How long the run took, and how much of it came after its input was committed, e.g. "9.8 s, the last
         * 1.1 s after its input was committed".
         */
        public String duration() {
            return String.format(Locale.ROOT, "%.1f s, the last %.1f s after its input was committed", seconds, tailSeconds);
        }

        /** The same result with the number of records found counted in the application's windows. */
        public Result withCounted(long total) {
            return new Result(name, records, seconds, tailSeconds, cpu, total);
        }
    }

    private final String bootstrapServers;
    private final PrintStream out;

    public ThroughputRun(String bootstrapServers, PrintStream out) {
        this.bootstrapServers = bootstrapServers;
        this.out = out;
    }

    private static long awaitRunning(String name, KafkaStreams streams, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (streams.state() == KafkaStreams.State.ERROR || System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": Kafka Streams did not reach RUNNING (" + streams.state() + ")");
            }
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    /** The commits of the application's stream threads so far. */
    private static double commits(KafkaStreams streams) {
        return streams.metrics().values().stream()
                .filter(m -> m.metricName().group().equals("stream-thread-metrics") && m.metricName().name().equals("commit-total"))
                .mapToDouble(m -> ((Number) m.metricValue()).doubleValue()).sum();
    }

    /**
     * @param startApp starts the application and returns its streams; the caller closes it afterwards
     * @param timeoutMs give up after this long (the result then says so with its partial count)
     */
    public Result measure(String name, String applicationId, String inputTopic, long records,
                          Supplier<KafkaStreams> startApp, long timeoutMs) throws InterruptedException {
        return measure(name, applicationId, inputTopic, records, startApp, timeoutMs, streams -> { });
    }

    /** As above, calling {@code sample} with the running application about once a second. */
    public Result measure(String name, String applicationId, String inputTopic, long records,
                          Supplier<KafkaStreams> startApp, long timeoutMs, Consumer<KafkaStreams> sample)
            throws InterruptedException {
        try (GroupProgress progress = new GroupProgress(bootstrapServers, applicationId, inputTopic)) {
            KafkaStreams streams = startApp.get();
            long started = awaitRunning(name, streams, timeoutMs);
            CpuUse.Sample cpuAtStart = CpuUse.sample(applicationId);
            CpuUse.Sample cpuAtCaughtUp = null;
            long caughtUpAt = -1;
            long inputCommittedAt = -1;
            long lastProgress = started;
            long polls = 0;
            GroupProgress.Snapshot snapshot = progress.snapshot();
            while (true) {
                Thread.sleep(POLL_MS);
                long now = System.nanoTime();
                if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                    throw new IllegalStateException(name + ": Kafka Streams stopped (" + streams.state() + ")");
                }
                snapshot = progress.snapshot();
                if (++polls % 5 == 0) {
                    sample.accept(streams);
                }
                if (snapshot.inputCommitted() < records) {
                    inputCommittedAt = -1;
                } else if (inputCommittedAt < 0) {
                    inputCommittedAt = now;
                }
                boolean done = snapshot.caughtUp() && snapshot.inputCommitted() >= records;
                if (!done) {
                    caughtUpAt = -1;
                } else if (caughtUpAt < 0) {
                    caughtUpAt = now;
                    cpuAtCaughtUp = CpuUse.sample(applicationId);
                } else if (now - caughtUpAt >= SETTLE_MS * 1_000_000) {
                    Map<String, Long> written = progress.internalTopicOffsets();
                    out.printf(Locale.ROOT, "  %-10s wrote %,d offsets to its repartition topics and %,d to its changelogs (%.2f per input record)"
                                    + " in %,.0f commits%n",
                            name, written.getOrDefault("repartition", 0L), written.getOrDefault("changelog", 0L),
                            written.values().stream().mapToLong(Long::longValue).sum() / (double) records, commits(streams));
                    return new Result(name, records, (caughtUpAt - started) / 1e9, (caughtUpAt - inputCommittedAt) / 1e9,
                            CpuUse.between(cpuAtStart, cpuAtCaughtUp), -1);
                }
                if (now - lastProgress >= PROGRESS_MS * 1_000_000) {
                    lastProgress = now;
                    double seconds = (now - started) / 1e9;
                    out.printf(Locale.ROOT, "  %-10s %,10d / %,d records committed  %6.1f s  (%,.0f rec/s so far; internal lag %,d)%n",
                            name, snapshot.inputCommitted(), records, seconds, snapshot.inputCommitted() / seconds,
                            snapshot.internalLag());
                }
                if (now - started > timeoutMs * 1_000_000) {
                    throw new IllegalStateException(name + ": not done after " + timeoutMs / 1000 + " s ("
                            + snapshot.inputCommitted() + " of " + records + " input records committed)");
                }
            }
        }
    }
}
