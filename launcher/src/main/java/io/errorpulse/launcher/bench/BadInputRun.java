package io.errorpulse.launcher.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The bench's bad-input phase: errorpulse over a stream of the benchmark's records, then over the same
 * stream with one record in ten replaced by a hostile one ({@link io.errorpulse.traffic.HostileLines}),
 * each measured as the throughput runs are. Every unreadable record must be on the run's dead-letter
 * topic and every readable one in its windows.
 */
final class BadInputRun {

    /** What the phase measured: both runs, and what the hostile run did with its records. */
    record Result(ThroughputRun.Result clean, ThroughputRun.Result hostile, BenchRecords.Written cleanWritten,
                  BenchRecords.Written written, long deadLettered, long counted) {
        double ratio() {
            return hostile.recordsPerSecond() / clean.recordsPerSecond();
        }

        /** How many times the bytes of the clean stream the hostile one carries. */
        double bytesRatio() {
            return (double) written.bytes() / cleanWritten.bytes();
        }
    }

    private static final String WARMUP = "bench-bad-input-warmup";
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

    /** The topics the phase needs, to create beforehand. */
    static Map<String, Integer> topics(int partitions) {
        return Map.of(WARMUP, partitions, CLEAN, partitions, HOSTILE, partitions, WARMUP + "-dlq", 1, CLEAN + "-dlq", 1,
                HOSTILE + "-dlq", 1);
    }

    /**
     * Warms up on a hostile stream of its own first: the clean run is measured with the code of clean
     * records compiled by the throughput runs, and the hostile one must not pay alone for compiling the
     * code of the hostile records (dead letters, redaction), which took a core for seconds.
     */
    Result run(long records, int partitions, PrintStream out) throws InterruptedException {
        long warmup = Math.max(20_000, records / 5);
        BenchRecords.produce(bootstrapServers, WARMUP, partitions, warmup, 4, 10, out);
        measure(WARMUP, warmup);
        BenchRecords.Written cleanWritten = BenchRecords.produce(bootstrapServers, CLEAN, partitions, records, 3, 0, out);
        BenchRecords.Written written = BenchRecords.produce(bootstrapServers, HOSTILE, partitions, records, 3, 10, out);
        ThroughputRun.Result clean = measure(CLEAN, records);
        ThroughputRun.Result hostile = measure(HOSTILE, records);
        return new Result(clean, hostile, cleanWritten, written, deadLettered(HOSTILE + "-dlq"), hostile.counted());
    }

    private ThroughputRun.Result measure(String topic, long records) throws InterruptedException {
        String appId = "bench-" + topic + "-" + UUID.randomUUID();
        return BenchInstance.measure(runner, topic, BenchInstance.config(bootstrapServers, appId, work.resolve(appId), topic,
                alertsTopic, topic + "-dlq", guarantee, Map.of()), records, RUN_TIMEOUT_MS);
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
