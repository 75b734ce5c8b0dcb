package io.errorpulse.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.launcher.bench.ThroughputRun;
import io.errorpulse.traffic.HostileLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream where one record in ten is hostile ({@link HostileLines}: random bytes, arrays nested thousands
 * deep, huge lines cut off, huge or absurdly nested response bodies) against the same stream clean: every
 * unreadable record is dead-lettered and every readable one, however hostile its body, is counted. The
 * throughput of both is printed for information only: these runs are too short to measure it, which
 * {@code ./errorpulse bench} does at volume (its bad-input phase, docs/benchmarks.md).
 */
@Tag("integration")
class BadInputIT {

    private static final int RECORDS = 20_000;
    private static final int STORES = 20;

    @Test
    void shouldDeadLetterEveryBadRecordAndCountEveryReadableOne(@TempDir Path dir) throws Exception {
        try (InProcessKafka kafka = InProcessKafka.start()) {
            Mix warmup = Mix.clean(RECORDS / 4);
            Mix clean = Mix.clean(RECORDS);
            Mix hostile = Mix.hostile(RECORDS, new Random(42));
            for (String name : List.of("warmup", "clean", "hostile")) {
                kafka.createTopics(Map.of("logs-" + name, 3, "dlq-" + name, 1, "alerts-" + name, 1));
            }
            warmup.produce(kafka.bootstrapServers(), "logs-warmup");
            clean.produce(kafka.bootstrapServers(), "logs-clean");
            hostile.produce(kafka.bootstrapServers(), "logs-hostile");

            measure(kafka, dir, "warmup", warmup);
            ThroughputRun.Result cleanRun = measure(kafka, dir, "clean", clean);
            ThroughputRun.Result hostileRun = measure(kafka, dir, "hostile", hostile);

            double ratio = hostileRun.recordsPerSecond() / cleanRun.recordsPerSecond();
            System.out.printf("bad input: clean %.0f rec/s, 10%% hostile %.0f rec/s, ratio %.2f; CPU per record"
                            + " clean %.1f us, hostile %.1f us, ratio %.2f%n", cleanRun.recordsPerSecond(),
                    hostileRun.recordsPerSecond(), ratio, cleanRun.cpuMicrosPerRecord(), hostileRun.cpuMicrosPerRecord(),
                    cleanRun.cpuMicrosPerRecord() / hostileRun.cpuMicrosPerRecord());
            assertThat(TopicRecords.readAll(kafka.bootstrapServers(), "dlq-hostile")).hasSize(hostile.unreadable);
            assertThat(TopicRecords.readAll(kafka.bootstrapServers(), "dlq-clean")).isEmpty();
        }
    }

    private static ThroughputRun.Result measure(InProcessKafka kafka, Path dir, String name, Mix mix) throws Exception {
        String applicationId = "errorpulse-bad-input-" + name;
        Map<String, Object> props = ReliabilityConfig.properties(kafka.bootstrapServers(), applicationId, dir.resolve(name));
        props.put(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG, "logs-" + name);
        props.put(ErrorpulseConfig.TOPIC_DEAD_LETTER_CONFIG, "dlq-" + name);
        props.put(ErrorpulseConfig.TOPIC_ALERTS_CONFIG, "alerts-" + name);
        ErrorpulseInstance[] instance = new ErrorpulseInstance[1];
        try {
            ThroughputRun.Result result = new ThroughputRun(kafka.bootstrapServers(), System.out).measure(name, applicationId,
                    "logs-" + name, mix.records, () -> {
                        instance[0] = ErrorpulseInstance.start(new ErrorpulseConfig(props));
                        return instance[0].streams();
                    }, 300_000);
            assertThat(WindowCounts.requests(instance[0].streams(), mix.stores(), mix.from.minusSeconds(60),
                    Instant.now().plusSeconds(60)).values().stream().mapToLong(Long::longValue).sum())
                    .as("%s: readable records counted", name).isEqualTo(mix.readable);
            return result;
        } finally {
            if (instance[0] != null) {
                instance[0].close();
            }
        }
    }

    /** The records of one stream and how many of them are readable. */
    private static final class Mix {
        final int records;
        final Instant from = Instant.now();
        final List<byte[]> lines = new java.util.ArrayList<>();
        int readable;
        int unreadable;

        private Mix(int records) {
            this.records = records;
        }

        static Mix clean(int records) {
            Mix mix = new Mix(records);
            for (int i = 0; i < records; i++) {
                mix.addReadable(AccessLines.line(mix.from.toEpochMilli() + i, "b" + i % STORES, "app-" + i % 3,
                        i % 10 == 0 ? 401 : 200, i % 10 == 0 ? AccessLines.INVALID_TOKEN_BODY : AccessLines.OK_BODY));
            }
            return mix;
        }

        /** Every tenth record hostile, from the {@link HostileLines} mix. */
        static Mix hostile(int records, Random random) {
            Mix mix = new Mix(records);
            for (int i = 0; i < records; i++) {
                long time = mix.from.toEpochMilli() + i;
                String store = "b" + i % STORES;
                if (i % 10 != 5) {
                    mix.addReadable(AccessLines.line(time, store, "app-" + i % 3, 200, AccessLines.OK_BODY));
                    continue;
                }
                HostileLines.Line bad = HostileLines.next(i / 10, time, store, "app-1", random);
                if (bad.readable()) {
                    mix.addReadable(new String(bad.bytes(), StandardCharsets.UTF_8));
                } else {
                    mix.addUnreadable(bad.bytes());
                }
            }
            return mix;
        }

        Set<String> stores() {
            return java.util.stream.IntStream.range(0, STORES).mapToObj(i -> "b" + i)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        private void addReadable(String line) {
            lines.add(line.getBytes(StandardCharsets.UTF_8));
            readable++;
        }

        private void addUnreadable(byte[] line) {
            lines.add(line);
            unreadable++;
        }

        void produce(String bootstrapServers, String topic) {
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers,
                    "linger.ms", 20, "max.request.size", 2 * 1024 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
                for (byte[] line : lines) {
                    producer.send(new ProducerRecord<>(topic, line));
                }
                producer.flush();
            }
        }
    }
}
