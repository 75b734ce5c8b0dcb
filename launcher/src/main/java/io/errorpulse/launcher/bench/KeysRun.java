package io.errorpulse.launcher.bench;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.traffic.AccessLogLine;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The memory run: errorpulse over K distinct store x app keys, all active in the last minute (each
 * key several requests, one of them an error), with Kafka Streams' RocksDB metrics recorded. Reports
 * the heap peak, the heap still live after a full collection, the RSS high-water mark, and RocksDB's
 * block cache and memtables against the budget the instance is configured with.
 */
final class KeysRun {

    static final String TOPIC = "bench-keys";
    private static final int PER_KEY = 3;
    private static final String OK_BODY = "{\"id\":1,\"ok\":true}";
    private static final String ERROR_BODY = "{\"message\":\"Token is invalid\",\"code\":\"invalid_token\",\"status\":401}";

    private final String bootstrap;
    private final Path work;
    private final String guarantee;
    private final MemoryPeaks memory;
    private final PrintStream out;

    KeysRun(String bootstrap, Path work, String guarantee, MemoryPeaks memory, PrintStream out) {
        this.bootstrap = bootstrap;
        this.work = work;
        this.guarantee = guarantee;
        this.memory = memory;
        this.out = out;
    }

    int run(int keys, int partitions) throws InterruptedException {
        long records = (long) keys * PER_KEY;
        out.printf(Locale.ROOT, "memory run: %,d store x app keys (%,d stores x %d apps), %d requests each, in the last minute%n",
                keys, (keys + BenchRecords.APPS - 1) / BenchRecords.APPS, BenchRecords.APPS, PER_KEY);
        produce(keys, partitions);
        String appId = "bench-keys-" + UUID.randomUUID();
        ErrorpulseConfig config = BenchInstance.config(bootstrap, appId, work.resolve(appId), TOPIC,
                "error-alerts", "api-access-logs-dlq", guarantee, Map.of("metrics.recording.level", "DEBUG"));
        long budget = RocksDbMemory.budget(BenchInstance.streamsProperties(config));
        memory.reset();
        ErrorpulseInstance[] instance = new ErrorpulseInstance[1];
        RocksDbMemory[] peak = {new RocksDbMemory(0, 0, 0, 0, 0)};
        try {
            ThroughputRun.Result result = new ThroughputRun(bootstrap, out).measure("errorpulse", appId, TOPIC, records, () -> {
                instance[0] = BenchInstance.start(config);
                return instance[0].streams();
            }, 30 * 60_000L, streams -> peak[0] = larger(peak[0], RocksDbMemory.of(streams)));
            KafkaStreams streams = instance[0].streams();
            RocksDbMemory now = RocksDbMemory.of(streams);
            peak[0] = larger(peak[0], now);
            System.gc();
            long liveAfterFullGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            out.println();
            out.println("figures (" + MachineLoad.describe() + ")");
            out.printf(Locale.ROOT, "  keys:             %,d store x app keys, %,d records in %.1f s (%,.0f rec/s)%n",
                    keys, records, result.seconds(), result.recordsPerSecond());
            out.printf(Locale.ROOT, "  heap peak:        %s used (garbage included), %s live after GC; after a full GC"
                            + " at the end %s (limit %s; the broker shares this JVM)%n",
                    BenchCommand.mb(memory.heapUsedPeak()), BenchCommand.mb(memory.heapLivePeak()),
                    BenchCommand.mb(liveAfterFullGc), BenchCommand.mb(MemoryPeaks.heapMax()));
            out.printf(Locale.ROOT, "  RSS peak:         %s (VmHWM of the bench process)%n", BenchCommand.mb(MemoryPeaks.residentPeak()));
            out.printf(Locale.ROOT, "  RocksDB:          block cache %s (largest store figure; %s summed over %d store"
                            + " instances), memtables %s, table readers %s; peaks over the run%n",
                    BenchCommand.mb(peak[0].blockCacheMax()), BenchCommand.mb(peak[0].blockCacheSum()), peak[0].stores(),
                    BenchCommand.mb(peak[0].memtables()), BenchCommand.mb(peak[0].tableReaders()));
            out.printf(Locale.ROOT, "  RocksDB budget:   %s%n", budget < 0
                    ? "none configured on this build (no rocksdb.config.setter): each store sizes its own cache and memtables"
                    : BenchCommand.mb(budget) + (peak[0].blockCacheMax() <= budget ? " (within)" : " (EXCEEDED)"));
            out.printf(Locale.ROOT, "memory: heap %s live / %s limit with %,d keys; RocksDB %s of budget %s%n",
                    BenchCommand.mb(liveAfterFullGc), BenchCommand.mb(MemoryPeaks.heapMax()), keys,
                    BenchCommand.mb(Math.max(peak[0].blockCacheMax(), peak[0].memtables())), budget < 0 ? "none" : BenchCommand.mb(budget));
            return 0;
        } finally {
            if (instance[0] != null) {
                instance[0].close();
            }
        }
    }

    private void produce(int keys, int partitions) {
        long now = System.currentTimeMillis();
        long records = (long) keys * PER_KEY;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(BenchRecords.producerConfig(bootstrap),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            long i = 0;
            for (int round = 0; round < PER_KEY; round++) {
                for (int key = 0; key < keys; key++, i++) {
                    long eventTime = now - 60_000 + i * 60_000 / records;
                    String store = Integer.toString(100_001 + key / BenchRecords.APPS);
                    String app = String.format(Locale.ROOT, "app-%02d", key % BenchRecords.APPS + 1);
                    boolean error = round == 0;
                    String line = AccessLogLine.defaultFraming(eventTime, store, app, error ? 401 : 200,
                            error ? ERROR_BODY : OK_BODY, "sx_at_" + Long.toHexString(i));
                    producer.send(new ProducerRecord<>(TOPIC, (int) (i % partitions), eventTime, null, line.getBytes(StandardCharsets.UTF_8)));
                }
            }
            producer.flush();
        }
    }

    private static RocksDbMemory larger(RocksDbMemory a, RocksDbMemory b) {
        return new RocksDbMemory(Math.max(a.blockCacheMax(), b.blockCacheMax()), Math.max(a.blockCacheSum(), b.blockCacheSum()),
                Math.max(a.memtables(), b.memtables()), Math.max(a.tableReaders(), b.tableReaders()),
                Math.max(a.stores(), b.stores()));
    }
}
