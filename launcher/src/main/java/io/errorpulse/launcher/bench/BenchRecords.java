package io.errorpulse.launcher.bench;

import io.errorpulse.traffic.HostileLines;
import io.errorpulse.traffic.Storm;
import io.errorpulse.traffic.StormKind;
import io.errorpulse.traffic.TrafficGenerator;
import io.errorpulse.traffic.TrafficModel;
import io.errorpulse.traffic.framing.FramingMix;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes the benchmark's records: N access-log lines, unkeyed as shippers send them, with event times
 * spread evenly over the hour before now (current times: older ones would meet the topic's retention),
 * from {@value #STORES} stores with a Zipf-skewed traffic share and {@value #APPS} apps, the background
 * error mix of {@link TrafficModel#background}, and three storms in the hour. Each store is behind a
 * gateway of its own framing ({@link FramingMix}: errorpulse's JSON, ECS, OTel, nginx, Envoy, Kong).
 * The Kafka timestamp of each record is its event time, so that a plain DSL application windows by
 * it without parsing.
 *
 * <p>Records are dealt to the partitions in turn rather than in the producer's sticky batches: an
 * hour replayed in seconds from time-contiguous batches would put minutes of event-time skew between
 * partitions, and both applications would drop records as late (a trap, not a throughput figure).
 * Live shippers send current records, whose times agree across partitions.
 */
public final class BenchRecords {

    public static final int STORES = 1000;
    public static final int APPS = 20;
    private static final long HOUR_MS = 3_600_000L;
    /** The store that readable hostile records are counted under. */
    private static final String HOSTILE_STORE = "hostile";

    private BenchRecords() {
    }

    /** The traffic model of the hour that ends at {@code endMs}. */
    public static TrafficModel model(long endMs) {
        long start = endMs - HOUR_MS;
        return TrafficModel.background(STORES, APPS, List.of(
                new Storm(StormKind.AUTH_FAILURE, "1042", null, start + 10 * 60_000L, 5 * 60_000L, 0.02),
                new Storm(StormKind.RATE_LIMITED, "1003", "app-07", start + 30 * 60_000L, 4 * 60_000L, 0.01),
                new Storm(StormKind.SERVER_ERROR, "1002", "app-03", start + 50 * 60_000L, 3 * 60_000L, 0.01)));
    }

    /** What one production wrote: records, bytes, and how many of the records were hostile and unreadable. */
    public record Written(long records, long bytes, long hostile, long unreadable) {
    }

    /** Produces {@code count} records to {@code topic}. */
    public static Written produce(String bootstrapServers, String topic, int partitions, long count, long seed,
                                  PrintStream out) {
        return produce(bootstrapServers, topic, partitions, count, seed, 0, out);
    }

    /**
     * Produces {@code count} records to {@code topic}, every {@code hostileEvery}-th of them (none when 0)
     * replaced by a record of the {@link HostileLines} mix. With the same seed, the records that are not
     * replaced are those of a clean production.
     */
    public static Written produce(String bootstrapServers, String topic, int partitions, long count, long seed,
                                  int hostileEvery, PrintStream out) {
        long endMs = System.currentTimeMillis();
        TrafficGenerator generator = new TrafficGenerator(model(endMs), seed);
        Random hostileRandom = new Random(seed);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        long hostile = 0;
        long unreadable = 0;
        long started = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(bootstrapServers),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (long i = 0; i < count; i++) {
                long eventTime = endMs - HOUR_MS + i * HOUR_MS / count;
                String clean = generator.next(eventTime); // drawn for every record: the others stay those of a clean run
                byte[] line;
                if (hostileEvery > 0 && i % hostileEvery == hostileEvery / 2) {
                    HostileLines.Line bad = HostileLines.next(hostile++, eventTime, HOSTILE_STORE, "app-1", hostileRandom);
                    unreadable += bad.readable() ? 0 : 1;
                    line = bad.bytes();
                } else {
                    line = FramingMix.reframe(clean).getBytes(StandardCharsets.UTF_8);
                }
                bytes += line.length;
                producer.send(new ProducerRecord<>(topic, (int) (i % partitions), eventTime, null, line), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                if ((i + 1) % 500_000 == 0) {
                    out.printf(Locale.ROOT, "  produced %,d / %,d%n", i + 1, count);
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("producing the benchmark records failed", failure.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "  %,d records (%,d bytes, %.0f B avg%s) to %s in %.1f s%n",
                count, bytes, (double) bytes / Math.max(1, count),
                hostile == 0 ? "" : String.format(Locale.ROOT, "; %,d hostile, %,d of them unreadable", hostile, unreadable),
                topic, seconds);
        return new Written(count, bytes, hostile, unreadable);
    }

    static Map<String, Object> producerConfig(String bootstrapServers) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
    }
}
