package io.errorpulse.launcher.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The bench's bad-input phase: errorpulse over a stream of the benchmark's records, then over the same
 * stream with one record in ten replaced by a hostile one ({@link io.errorpulse.traffic.HostileLines}),
 * each measured as the throughput runs are, in turns over several rounds ({@link PairedRounds}). In every
 * hostile round, every unreadable record must be on that round's dead-letter topic and every readable one
 * in its windows.
 */
final class BadInputRun {

    /**
     * What the phase measured: the rounds of both streams, and what the hostile runs did with their
     * records, in the round that did worst.
     *
     * @param deadLettered the fewest records dead-lettered by a hostile round
     * @param counted      the fewest records counted in the windows by a hostile round
     */
    record Result(PairedRounds rounds, BenchRecords.Written cleanWritten, BenchRecords.Written written,
                  long deadLettered, long counted) {
        ThroughputRun.Result clean() {
            return rounds.reference();
        }

        ThroughputRun.Result hostile() {
            return rounds.measured();
        }

        double ratio() {
            return rounds.ratio();
        }

        /** How many times the bytes of the clean stream the hostile one carries. */
        double bytesRatio() {
            return (double) written.bytes() / cleanWritten.bytes();
        }
    }

    private static final String WARMUP = "bench-bad-input-warmup";
    private static final long WARMUP_MIN_RECORDS = 20_000;
    private static final long WARMUP_MAX_RECORDS = 200_000;
    private static final String CLEAN = "bench-bad-input-clean";
    private static final String HOSTILE = "bench-bad-input-hostile";
    private static final long RUN_TIMEOUT_MS = 15 * 60_000L;

    private final String bootstrapServers;
    private final Path work;
    private final String guarantee;
    private final String alertsTopic;
    private final ThroughputRun runner;

    BadInputRun(String bootstrapServers, Path work, String guarantee, String alertsTopic, ThroughputRun runner) {
        this.bootstrapServers = bootstrapServers;
        this.work = work;
        this.guarantee = guarantee;
        this.alertsTopic = alertsTopic;
        this.runner = runner;
    }

    /** The topics the phase needs over {@code rounds} rounds, to create beforehand: a dead-letter topic per run. */
    static Map<String, Integer> topics(int partitions, int rounds) {
        Map<String, Integer> topics = new HashMap<>(Map.of(WARMUP, partitions, CLEAN, partitions, HOSTILE, partitions,
                deadLetterTopic(WARMUP, 0), 1));
        for (int round = 1; round <= rounds; round++) {
            topics.put(deadLetterTopic(CLEAN, round), 1);
            topics.put(deadLetterTopic(HOSTILE, round), 1);
        }
        return topics;
    }

    private static String deadLetterTopic(String input, int round) {
        return input + "-dlq-" + round;
    }

    /**
     * Warms up on a hostile stream of its own first, as long as each measured stream up to 200,000 records:
     * the clean run is measured with the code of clean records compiled by the throughput runs, and the
     * hostile one must not pay alone for compiling the code of the hostile records (dead letters,
     * redaction), which took a core for seconds. 40,000 records (3,200 dead letters) left that code still
     * being compiled in the measured rounds: the hostile stream ran about a tenth slower; 200,000 did not.
     */
    Result run(long records, int partitions, int rounds, PrintStream out) throws InterruptedException {
        long warmup = Math.max(WARMUP_MIN_RECORDS, Math.min(records, WARMUP_MAX_RECORDS));
        BenchRecords.produce(bootstrapServers, WARMUP, partitions, warmup, 4, 10, out);
        measure(WARMUP, 0, warmup);
        BenchRecords.Written cleanWritten = BenchRecords.produce(bootstrapServers, CLEAN, partitions, records, 3, 0, out);
        BenchRecords.Written written = BenchRecords.produce(bootstrapServers, HOSTILE, partitions, records, 3, 10, out);
        PairedRounds measured = new PairedRounds();
        long fewestDeadLettered = Long.MAX_VALUE;
        long fewestCounted = Long.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            ThroughputRun.Result clean = measure(CLEAN, round, records);
            ThroughputRun.Result hostile = measure(HOSTILE, round, records);
            long deadLettered = deadLettered(deadLetterTopic(HOSTILE, round));
            out.printf(Locale.ROOT, "  bad input round %d of %d: clean %,.0f rec/s, 10%% hostile %,.0f rec/s; %,d of %,d unreadable"
                            + " dead-lettered, %,d of %,d readable counted%n", round, rounds, clean.recordsPerSecond(),
                    hostile.recordsPerSecond(), deadLettered, written.unreadable(), hostile.counted(),
                    written.records() - written.unreadable());
            measured.add(clean, hostile);
            fewestDeadLettered = Math.min(fewestDeadLettered, deadLettered);
            fewestCounted = Math.min(fewestCounted, hostile.counted());
        }
        return new Result(measured, cleanWritten, written, fewestDeadLettered, fewestCounted);
    }

    private ThroughputRun.Result measure(String topic, int round, long records) throws InterruptedException {
        String appId = "bench-" + topic + "-" + UUID.randomUUID();
        return BenchInstance.measure(runner, topic, BenchInstance.config(bootstrapServers, appId, work.resolve(appId), topic,
                alertsTopic, deadLetterTopic(topic, round), guarantee, Map.of()), records, RUN_TIMEOUT_MS);
    }

    /** Committed records on a dead-letter topic (one partition), read to its end. */
    private long deadLettered(String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                count += consumer.poll(Duration.ofMillis(500)).count();
            }
            return count;
        }
    }
}
