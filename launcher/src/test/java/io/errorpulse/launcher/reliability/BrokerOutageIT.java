package io.errorpulse.launcher.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.launcher.bench.GroupProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away for 30 s while records flow and comes back: the same instance, never restarted,
 * carries on by itself and ends with every record counted once and every storm alerted.
 */
@Tag("integration")
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void shouldRecoverByItselfAndLoseNothingWhenTheBrokerIsAwayThirtySeconds(@TempDir Path dir) throws Exception {
        String applicationId = "errorpulse-outage-it";
        try (InProcessKafka kafka = InProcessKafka.start()) {
            kafka.createTopics(Map.of(ReliabilityConfig.ACCESS_LOGS, 3, ReliabilityConfig.ALERTS, 1,
                    ReliabilityConfig.DEAD_LETTER, 1));
            Map<String, Object> props = ReliabilityConfig.properties(kafka.bootstrapServers(), applicationId, dir.resolve("state"));
            Instant startedAt = Instant.now();
            try (ErrorpulseInstance instance = ErrorpulseInstance.start(new ErrorpulseConfig(props));
                 GroupProgress progress = new GroupProgress(kafka.bootstrapServers(), applicationId, ReliabilityConfig.ACCESS_LOGS);
                 PacedTraffic traffic = new PacedTraffic(kafka.bootstrapServers(), ReliabilityConfig.ACCESS_LOGS, 10, 100).start()) {
                await("records counted before the outage").atMost(Duration.ofSeconds(120))
                        .until(() -> progress.snapshot().inputCommitted() >= 1_000);

                kafka.stop();
                await("the instance rides out the outage").atMost(OUTAGE.plusSeconds(10)).during(OUTAGE)
                        .until(() -> instance.streams().state() != KafkaStreams.State.ERROR
                                && instance.streams().state() != KafkaStreams.State.PENDING_ERROR
                                && instance.streams().state() != KafkaStreams.State.NOT_RUNNING);
                kafka.restart();

                long committedAtRestart = progress.snapshot().inputCommitted();
                await("progress after the broker is back").atMost(Duration.ofSeconds(120))
                        .until(() -> progress.snapshot().inputCommitted() >= committedAtRestart + 1_000);
                traffic.stop();
                long produced = traffic.truth().total();
                await("caught up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                        .until(() -> {
                            GroupProgress.Snapshot s = progress.snapshot();
                            return s.caughtUp() && s.inputCommitted() >= produced;
                        });

                Map<String, Long> expected = traffic.truth().requests();
                Set<String> stores = expected.keySet().stream().map(k -> k.substring(0, k.indexOf('|')))
                        .collect(Collectors.toCollection(TreeSet::new));
                await("every record counted once").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(WindowCounts.requests(instance.streams(), stores, startedAt.minusSeconds(120),
                                Instant.now().plusSeconds(60))).isEqualTo(expected));
                assertThat(instance.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);

                Set<String> alerted = TopicRecords.readAll(kafka.bootstrapServers(), ReliabilityConfig.ALERTS).stream()
                        .map(r -> new AlertRecordSerde().deserializer().deserialize(r.topic(), r.value()))
                        .filter(Objects::nonNull)
                        .filter(AlertRecord::firing)
                        .map(a -> a.labels().get("store"))
                        .collect(Collectors.toSet());
                assertThat(traffic.storms()).isNotEmpty();
                assertThat(alerted).containsAll(traffic.storms());
            }
        }
    }
}
