package io.errorpulse.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.rest.ApiKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance that has not counted anything yet (no traffic since it started) restarts under
 * exactly-once without its local state being declared corrupted and wiped: its window stores have no
 * data, but their committed offsets are still known. Before, each such restart (or reassignment of a
 * quiet task between two instances) threw away and restored every store of the task. And an instance
 * stopped cleanly leaves the group, so that another takes its tasks over without waiting for the
 * session timeout.
 */
@Tag("integration")
class QuietRestartIT {

    private static InProcessKafka kafka;

    @TempDir
    Path stateDir;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.start();
        kafka.createTopics(Map.of("api-access-logs", 2, "error-alerts", 1, "api-access-logs-dlq", 1));
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aQuietInstanceKeepsItsStateAcrossACleanRestart() throws IOException {
        ErrorpulseConfig config = config("errorpulse-quiet-" + UUID.randomUUID(), stateDir);
        runUntilRunning(config);
        List<Path> taskDirs = taskDirsWithWindowStores(config);
        assertThat(taskDirs).as("task directories holding the window stores").isNotEmpty();
        for (Path taskDir : taskDirs) {
            Files.writeString(taskDir.resolve("kept-across-restart"), "a wiped task directory loses this file");
        }

        runUntilRunning(config);

        for (Path taskDir : taskDirs) {
            assertThat(taskDir.resolve("kept-across-restart")).as("%s was wiped as corrupted", taskDir).exists();
        }
    }

    @Test
    void aStoppedInstanceHandsItsTasksOverAtOnce(@TempDir Path otherStateDir) {
        String applicationId = "errorpulse-handover-" + UUID.randomUUID();
        ErrorpulseInstance staying = ErrorpulseInstance.start(config(applicationId, stateDir));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> running(staying));
            int allTasks = activeTasks(staying);
            try (ErrorpulseInstance leaving = ErrorpulseInstance.start(config(applicationId, otherStateDir))) {
                await().atMost(Duration.ofSeconds(60)).until(() -> running(staying) && running(leaving)
                        && activeTasks(leaving) > 0 && activeTasks(staying) + activeTasks(leaving) == allTasks);
            }
            // well inside the 45 s session timeout: without leaving the group, the tasks would wait for it
            await().atMost(Duration.ofSeconds(20)).until(() -> running(staying) && activeTasks(staying) == allTasks);
        } finally {
            staying.close();
        }
    }

    private static boolean running(ErrorpulseInstance instance) {
        return instance.streams().state() == KafkaStreams.State.RUNNING;
    }

    private static int activeTasks(ErrorpulseInstance instance) {
        return instance.streams().metadataForLocalThreads().stream().mapToInt(thread -> thread.activeTasks().size()).sum();
    }

    private static void runUntilRunning(ErrorpulseConfig config) {
        ErrorpulseInstance instance = ErrorpulseInstance.start(config);
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> instance.streams().state() == KafkaStreams.State.RUNNING);
            // a commit or two with nothing to count
            await().pollDelay(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5)).until(() -> true);
        } finally {
            instance.close();
        }
    }

    private List<Path> taskDirsWithWindowStores(ErrorpulseConfig config) throws IOException {
        Path appDir = stateDir.resolve(config.getString(ErrorpulseConfig.APPLICATION_ID_CONFIG));
        try (Stream<Path> tasks = Files.list(appDir)) {
            return tasks.filter(task -> Files.isDirectory(task.resolve("rocksdb").resolve("detector-state"))).sorted().toList();
        }
    }

    private static ErrorpulseConfig config(String applicationId, Path stateDir) {
        Map<String, Object> props = LocalInstanceSettings.of(kafka, applicationId, stateDir);
        props.put(ErrorpulseConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2");
        props.put(ErrorpulseConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        props.put(ErrorpulseConfig.REST_API_KEYS_CONFIG, ApiKeys.entryFor("quiet-key", null));
        return new ErrorpulseConfig(props);
    }
}
