package io.errorpulse.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.launcher.bench.GroupProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance in its own JVM, killed with SIGKILL three times while records flow and restarted on the
 * same state directory, under exactly_once_v2: the counts per store, app and window equal what was
 * produced, exactly, and every storm raised its alert (a repeated firing is fine, a missing one not).
 */
@Tag("integration")
class CrashRecoveryIT {

    private static final int KILLS = 3;
    private static final long PROGRESS_BETWEEN_KILLS = 400;
    private static InProcessKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.start();
        kafka.createTopics(Map.of(ReliabilityConfig.ACCESS_LOGS, 3, ReliabilityConfig.ALERTS, 1, ReliabilityConfig.DEAD_LETTER, 1));
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldCountExactlyAndLoseNoAlertWhenKilledRepeatedlyMidStream(@TempDir Path dir) throws Exception {
        String applicationId = "errorpulse-crash-it";
        Map<String, Object> props = ReliabilityConfig.properties(kafka.bootstrapServers(), applicationId, dir.resolve("state"));
        Path configFile = ReliabilityConfig.write(props, dir.resolve("errorpulse.properties"));
        Path log = dir.resolve("instance.log");
        Instant startedAt = Instant.now();

        try (GroupProgress progress = new GroupProgress(kafka.bootstrapServers(), applicationId, ReliabilityConfig.ACCESS_LOGS);
             PacedTraffic traffic = new PacedTraffic(kafka.bootstrapServers(), ReliabilityConfig.ACCESS_LOGS, 15, 60).start()) {
            for (int kill = 0; kill < KILLS; kill++) {
                InstanceProcess instance = InstanceProcess.start(configFile, log);
                long before = progress.snapshot().inputCommitted();
                await("instance " + (kill + 1) + " commits progress").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> progress.snapshot().inputCommitted() >= before + PROGRESS_BETWEEN_KILLS);
                assertThat(instance.alive()).as("instance %d still running when killed (see %s)", kill + 1, log).isTrue();
                instance.kill();
                System.out.printf("crash test: instance %d killed with SIGKILL at +%d s, %d records acknowledged so far%n",
                        kill + 1, Duration.between(startedAt, Instant.now()).toSeconds(), traffic.truth().total());
            }
            try (InstanceProcess last = InstanceProcess.start(configFile, log)) {
                long before = progress.snapshot().inputCommitted();
                await("the last instance commits progress").atMost(Duration.ofSeconds(120))
                        .until(() -> progress.snapshot().inputCommitted() >= before + PROGRESS_BETWEEN_KILLS);
                traffic.stop();
                long produced = traffic.truth().total();
                await("the last instance catches up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                        .until(() -> {
                            GroupProgress.Snapshot s = progress.snapshot();
                            return s.caughtUp() && s.inputCommitted() >= produced;
                        });
            }

            System.out.printf("crash test: last instance caught up at +%d s over %d records%n",
                    Duration.between(startedAt, Instant.now()).toSeconds(), traffic.truth().total());
            Map<String, Long> expected = traffic.truth().requests();
            Set<String> stores = expected.keySet().stream().map(k -> k.substring(0, k.indexOf('|')))
                    .collect(Collectors.toCollection(TreeSet::new));
            props.put(ErrorpulseConfig.STATE_DIR_CONFIG, Files.createDirectories(dir.resolve("state-final")).toString());
            props.put(ErrorpulseConfig.REST_PORT_CONFIG, Integer.toString(InProcessKafka.freePort()));
            try (ErrorpulseInstance fresh = ErrorpulseInstance.start(new ErrorpulseConfig(props))) {
                await("the counts restored from the changelogs").atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> {
                            assertThat(fresh.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
                            assertThat(WindowCounts.requests(fresh.streams(), stores, startedAt.minusSeconds(120),
                                    Instant.now().plusSeconds(60))).isEqualTo(expected);
                        });
            }

            System.out.printf("crash test: counts restored and equal at +%d s%n", Duration.between(startedAt, Instant.now()).toSeconds());
            Set<String> alerted = TopicRecords.readAll(kafka.bootstrapServers(), ReliabilityConfig.ALERTS).stream()
                    .map(r -> new AlertRecordSerde().deserializer().deserialize(r.topic(), r.value()))
                    .filter(Objects::nonNull)
                    .filter(AlertRecord::firing)
                    .filter(a -> "auth_failure".equals(a.labels().get("alert_class")))
                    .map(a -> a.labels().get("store"))
                    .collect(Collectors.toSet());
            assertThat(traffic.storms()).hasSizeGreaterThanOrEqualTo(KILLS);
            assertThat(alerted).containsAll(traffic.storms());
        }
    }
}
