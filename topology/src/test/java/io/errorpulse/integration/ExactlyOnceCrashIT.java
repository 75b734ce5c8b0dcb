package io.errorpulse.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.query.WindowCountsReader;
import io.errorpulse.topology.ErrorpulseTopology;
import io.errorpulse.topology.StreamsSettings;
import io.errorpulse.topology.TopologySettings;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * exactly_once_v2 across crashes: the instance runs in a child JVM that is killed abruptly twice while
 * records flow, then restarted; the counts read back through the REST server's query code must equal
 * the number of records produced, exactly.
 */
@Tag("integration")
class ExactlyOnceCrashIT {

    private static final String INPUT = "api-access-logs";
    private static final List<String> STORES = List.of("101", "102", "103", "104", "105");
    private static final int RECORDS = 16_000;
    private static InProcessKafka kafka;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.start();
        kafka.createTopics(Map.of(INPUT, 3, "error-alerts", 1, "api-access-logs-dlq", 1));
        admin = kafka.admin();
    }

    @AfterAll
    static void stopBroker() {
        if (admin != null) {
            admin.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    static ErrorpulseConfig config(String bootstrap, String applicationId, String stateDir) {
        Map<String, Object> props = new HashMap<>();
        props.put(ErrorpulseConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ErrorpulseConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(ErrorpulseConfig.STATE_DIR_CONFIG, stateDir);
        props.put(ErrorpulseConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2");
        props.put(ErrorpulseConfig.COMMIT_INTERVAL_MS_CONFIG, 500L);
        props.put(ErrorpulseConfig.PARTIALS_FLUSH_INTERVAL_MS_CONFIG, 300L);
        // a killed member never leaves the group: let the broker notice it in seconds, not 45 s
        props.put(ErrorpulseConfig.STREAMS_PREFIX + "session.timeout.ms", 6000);
        props.put(ErrorpulseConfig.STREAMS_PREFIX + "heartbeat.interval.ms", 1500);
        return new ErrorpulseConfig(props);
    }

    @Test
    void shouldCountEveryRecordExactlyOnceAcrossUncleanCrashes(@TempDir Path stateDir) throws Exception {
        String applicationId = "errorpulse-crash-" + UUID.randomUUID();
        Instant start = Instant.now();
        AtomicLong produced = new AtomicLong();
        CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> produce(produced, applicationId));

        for (int crash = 1; crash <= 2; crash++) {
            Process child = startChild(applicationId, stateDir, crash);
            long before = committedInput(applicationId);
            await().atMost(Duration.ofSeconds(90)).until(() -> committedInput(applicationId) >= before + 2_000);
            child.destroyForcibly().waitFor();
        }
        ErrorpulseConfig config = config(kafka.bootstrapServers(), applicationId, stateDir.toString());
        try (KafkaStreams streams = new KafkaStreams(
                ErrorpulseTopology.build(TopologySettings.from(config, "http://127.0.0.1:0")),
                StreamsSettings.from(config, null))) {
            streams.start();
            producing.get();
            assertThat(produced.get()).isEqualTo(RECORDS);
            WindowCountsReader reader = new WindowCountsReader(streams, ErrorpulseTopology.STORE_MINUTE_COUNTS);
            Instant from = start.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));
            Instant to = Instant.now().plus(Duration.ofMinutes(1));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(countedRequests(reader, from, to)).isEqualTo(RECORDS));
            assertThat(STORES.stream().mapToLong(reader::lateRecords).sum()).isZero();
        }
    }

    private static long countedRequests(WindowCountsReader reader, Instant from, Instant to) {
        try {
            long total = 0;
            for (String store : STORES) {
                for (WindowCountsReader.WindowCounts window : reader.read(store, from, to)) {
                    total += window.counts().total().requests();
                }
            }
            return total;
        } catch (RuntimeException notReadyYet) {
            return -1;
        }
    }

    private static void produce(AtomicLong produced, String applicationId) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < RECORDS; i++) {
                String store = STORES.get(i % STORES.size());
                int status = i % 10 == 0 ? 401 : i % 17 == 0 ? 503 : 200;
                producer.send(new ProducerRecord<>(INPUT, "{\"ts\":\"" + Instant.now() + "\",\"store_id\":\"" + store
                        + "\",\"app_id\":\"app-" + (i % 3) + "\",\"status\":" + status + ",\"response_body\":\"{}\"}"));
                produced.incrementAndGet();
                if (i % 1_000 == 999) {
                    producer.flush();
                    keepBacklogBelow(applicationId, produced.get(), 4_000);
                }
            }
            producer.flush();
        }
    }

    /** Holds the producer back until the application is close behind, so that crashes hit a flowing stream. */
    private static void keepBacklogBelow(String applicationId, long produced, long backlog) {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(100))
                .until(() -> committedInput(applicationId) >= produced - backlog);
    }

    private static Process startChild(String applicationId, Path stateDir, int run) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = stateDir.resolve("child-" + run + ".log").toFile();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashableInstance.class.getName(), kafka.bootstrapServers(), applicationId, stateDir.toString())
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Input records whose offsets the application has committed (in its transactions). */
    private static long committedInput(String applicationId) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get();
        long committed = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : offsets.entrySet()) {
            if (entry.getKey().topic().equals(INPUT) && entry.getValue() != null) {
                committed += entry.getValue().offset();
            }
        }
        return committed;
    }
}
