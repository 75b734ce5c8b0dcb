package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessLogSettings;
import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.accesslog.RequestClassifier;
import io.errorpulse.envelope.EnvelopeClassifier;
import io.errorpulse.state.FlushCheckpoint;
import io.errorpulse.state.WindowPartial;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partials on the heap, a checkpoint per flush, and the requests after it read again when the task
 * starts: what a crash between two flushes must neither lose nor double.
 */
class StorePartialsProcessorTest {

    private static final String TOPIC = "api-access-logs";
    private static final int PARTITION = 3;
    private static final long T0 = 1_795_000_000_000L / 60_000 * 60_000;
    private static final WindowAssigner MINUTES = new WindowAssigner(Duration.ofMinutes(1), Duration.ofMinutes(10));

    @TempDir
    java.io.File stateDir;

    private final AccessRecordDeserializer deserializer =
            new AccessRecordDeserializer(AccessLogReaders.create(AccessLogSettings.defaults()));
    private final RequestClassifier classifier = new RequestClassifier(new EnvelopeClassifier());
    private final Topic input = new Topic();
    private MockProcessorContext<String, WindowPartial> context;
    private KeyValueStore<Integer, FlushCheckpoint> checkpoints;
    private KeyValueStore<String, Long> late;

    @BeforeEach
    void openStores() {
        context = new MockProcessorContext<>(new Properties(), new TaskId(0, PARTITION), stateDir);
        context.setCurrentStreamTimeMs(0);
        context.setCurrentSystemTimeMs(T0);
        checkpoints = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("checkpoints"), Serdes.Integer(),
                new FlushCheckpoint.FlushCheckpointSerde()).withLoggingDisabled().build();
        checkpoints.init(context.getStateStoreContext(), checkpoints);
        context.addStateStore(checkpoints);
        late = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("late"), Serdes.String(), Serdes.Long())
                .withLoggingDisabled().build();
        late.init(context.getStateStoreContext(), late);
        context.addStateStore(late);
    }

    @Test
    void shouldCountTheRequestsProcessedAfterTheLastFlushOnceMoreAfterARestartAndNoOthers() {
        StorePartialsProcessor<byte[]> before = started();
        for (int i = 0; i < 10; i++) {
            process(before, input.append(line("1042", "app-" + i % 3, T0 + i * 1000L)));
            if (i == 4) {
                before.flush();
            }
        }
        assertThat(checkpoints.get(PARTITION)).isEqualTo(new FlushCheckpoint(5, T0 + 4_000L));
        input.committed = 10; // the last commit covered offsets 5-9, whose partials were on the heap only

        StorePartialsProcessor<byte[]> after = started();
        after.flush();

        assertThat(forwardedRequests()).isEqualTo(10);
        assertThat(input.reads).containsExactly("5-10");
        assertThat(checkpoints.get(PARTITION).nextOffset()).isEqualTo(10);

        started().flush(); // a second restart, after that flush was committed: nothing left to read again
        assertThat(forwardedRequests()).isEqualTo(10);
    }

    @Test
    void shouldCountTheRequestsOfAPartitionAgainWhenItsTaskStoppedBeforeItsFirstFlush() {
        StorePartialsProcessor<byte[]> before = started();
        input.append(line("1042", "app-1", T0)); // offsets 0-1 were consumed by an earlier application id, or deleted
        input.append(line("1042", "app-1", T0));
        for (int i = 0; i < 3; i++) {
            process(before, input.append(line("1042", "app-" + i, T0 + i)));
        }
        assertThat(checkpoints.get(PARTITION)).as("the checkpoint of the first request").isEqualTo(new FlushCheckpoint(2, T0));
        input.committed = 5; // committed before the first flush

        started().flush();

        assertThat(forwardedRequests()).isEqualTo(3);
        assertThat(input.reads).containsExactly("2-5");
    }

    @Test
    void shouldJudgeLatenessOfARequestReadAgainAsTheFirstTimeAndNotCountItAgain() {
        StorePartialsProcessor<byte[]> before = started();
        process(before, input.append(line("1042", "app-1", T0)));
        before.flush();
        process(before, input.append(line("1042", "app-1", T0 + 30 * 60_000L)));
        process(before, input.append(line("1042", "app-1", T0))); // 30 minutes behind stream time: late
        assertThat(late.get("1042")).isEqualTo(1);
        input.committed = 3;

        started().flush();

        assertThat(forwardedRequests()).isEqualTo(2);
        assertThat(late.get("1042")).isEqualTo(1);
    }

    @Test
    void shouldPassOverALineTheStreamCouldNotReadWhenReadingAgain() {
        StorePartialsProcessor<byte[]> before = started();
        process(before, input.append(line("1042", "app-1", T0)));
        before.flush();
        input.append("{\"not\": \"an access log\"".getBytes(StandardCharsets.UTF_8)); // dead-lettered, never processed
        process(before, input.append(line("1042", "app-1", T0 + 1)));
        input.committed = 3;

        started().flush();

        assertThat(forwardedRequests()).isEqualTo(2);
    }

    @Test
    void shouldHoldEveryPartialWhileTheInputCannotBeReadAgainAndThenCountEachRequestOnce() {
        StorePartialsProcessor<byte[]> before = started();
        for (int i = 0; i < 4; i++) {
            process(before, input.append(line("1042", "app-1", T0 + i)));
        }
        before.flush();
        for (int i = 4; i < 8; i++) {
            process(before, input.append(line("1042", "app-1", T0 + i)));
        }
        input.committed = 8;
        input.unreachable = true;

        StorePartialsProcessor<byte[]> after = started();
        for (int i = 8; i < 11; i++) { // processed while the range 4-7 cannot be read
            process(after, input.append(line("1042", "app-1", T0 + i)));
        }
        input.committed = 11; // and committed meanwhile: the replay must still stop at offset 8
        after.flush();
        assertThat(forwardedRequests()).isEqualTo(4);
        assertThat(checkpoints.get(PARTITION).nextOffset()).isEqualTo(4);

        input.unreachable = false;
        after.flush();

        assertThat(forwardedRequests()).isEqualTo(11);
        assertThat(input.reads).containsExactly("4-8");
        assertThat(checkpoints.get(PARTITION).nextOffset()).isEqualTo(11);
    }

    @Test
    void shouldWriteNoCheckpointWhenNothingWasCountedSinceTheLastFlush() {
        StorePartialsProcessor<byte[]> processor = started();
        processor.flush();
        assertThat(checkpoints.get(PARTITION)).isNull();

        process(processor, input.append(line("1042", "app-1", T0)));
        processor.flush();
        assertThat(checkpoints.get(PARTITION).nextOffset()).isEqualTo(1);
        checkpoints.delete(PARTITION);
        processor.flush();
        assertThat(checkpoints.get(PARTITION)).isNull();
    }

    @Test
    void shouldAskForACommitWhenAFlushForwardedPartialsAndOnlyThen() {
        StorePartialsProcessor<byte[]> processor = started();
        processor.flush();
        assertThat(context.committed()).as("nothing forwarded, nothing to commit").isFalse();

        process(processor, input.append(line("1042", "app-1", T0)));
        processor.flush();
        assertThat(forwardedRequests()).isEqualTo(1);
        assertThat(context.committed()).as("the partials are read downstream only once committed").isTrue();

        context.resetCommit();
        processor.flush();
        assertThat(context.committed()).isFalse();
    }

    @Test
    void shouldFlushEveryTaskOfAThreadAtTheSameMomentsAndTheTasksOfAnotherThreadAtOthers() throws Exception {
        context.setCurrentSystemTimeMs(T0 + 250);
        started();
        context.setCurrentSystemTimeMs(T0 + 999);
        started();
        Thread other = new Thread(this::started); // another stream thread
        other.start();
        other.join();

        List<MockProcessorContext.CapturedPunctuator> flushes = context.scheduledPunctuators();
        assertThat(flushes).hasSize(3).allSatisfy(flush -> {
            assertThat(flush.getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
            assertThat(flush.getInterval()).isEqualTo(Duration.ofSeconds(1));
        });
        assertThat(flushes.get(0).getStartTime()).isAfter(Instant.ofEpochMilli(T0 + 250))
                .isBeforeOrEqualTo(Instant.ofEpochMilli(T0 + 1_250));
        assertThat(flushes.get(1).getStartTime()).isAfter(Instant.ofEpochMilli(T0 + 999))
                .isBeforeOrEqualTo(Instant.ofEpochMilli(T0 + 1_999));
        assertThat(moment(flushes.get(1))).as("the same thread").isEqualTo(moment(flushes.get(0)));
        assertThat(moment(flushes.get(2))).as("another thread").isNotEqualTo(moment(flushes.get(0)));
    }

    /** Where in its second a flush falls. */
    private static long moment(MockProcessorContext.CapturedPunctuator flush) {
        return flush.getStartTime().toEpochMilli() % 1_000;
    }

    private StorePartialsProcessor<byte[]> started() {
        StorePartialsProcessor<byte[]> processor = new StorePartialsProcessor<>("checkpoints", "late", MINUTES,
                Duration.ofSeconds(1), new RequestReplay(input, deserializer, new EventTimeExtractor(Duration.ofMinutes(10)),
                classifier));
        processor.init(context);
        return processor;
    }

    /** Processes the record at {@code offset} as the stream would: read, timestamped, classified. */
    private void process(StorePartialsProcessor<byte[]> processor, long offset) {
        AccessRecord access = deserializer.deserialize(TOPIC, input.lines.get((int) offset));
        long eventTime = access.eventTimeMs();
        context.setRecordMetadata(TOPIC, PARTITION, offset);
        context.setCurrentStreamTimeMs(Math.max(context.currentStreamTimeMs(), eventTime));
        processor.process(new Record<>(null, classifier.classify(access), eventTime));
    }

    private long forwardedRequests() {
        return context.forwarded().stream().mapToLong(r -> ((WindowPartial) r.record().value()).counts().total().requests())
                .sum();
    }

    private static byte[] line(String store, String app, long eventTimeMs) {
        return ("{\"ts\":\"" + Instant.ofEpochMilli(eventTimeMs) + "\",\"store_id\":\"" + store + "\",\"app_id\":\"" + app
                + "\",\"status\":200,\"response_body\":\"{}\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** One partition of the input topic, and the application's committed offset in it. */
    private static final class Topic implements CommittedInput {
        final List<byte[]> lines = new ArrayList<>();
        final List<Long> timestamps = new ArrayList<>();
        final List<String> reads = new ArrayList<>();
        long committed = -1;
        boolean unreachable;

        /** Appends a line whose Kafka timestamp is its logged time, or the previous one's for a line that logs none. */
        long append(byte[] line) {
            lines.add(line);
            String text = new String(line, StandardCharsets.UTF_8);
            int ts = text.indexOf("\"ts\":\"");
            timestamps.add(ts < 0 ? timestamps.get(timestamps.size() - 1)
                    : Instant.parse(text.substring(ts + 6, text.indexOf('"', ts + 6))).toEpochMilli());
            return lines.size() - 1;
        }

        @Override
        public Range read(int partition, long fromOffset, long toOffset, Consumer<ConsumerRecord<byte[], byte[]>> each) {
            assertThat(partition).isEqualTo(PARTITION);
            unreachableFails();
            long end = toOffset == UP_TO_COMMITTED ? Math.max(fromOffset, committed) : toOffset;
            reads.add(fromOffset + "-" + end);
            for (long offset = fromOffset; offset < end; offset++) {
                byte[] line = lines.get((int) offset);
                each.accept(new ConsumerRecord<>(TOPIC, partition, offset, timestamps.get((int) offset),
                        TimestampType.CREATE_TIME, 0, line.length, null, line, new RecordHeaders(), java.util.Optional.empty()));
            }
            return new Range(end, 0);
        }

        private void unreachableFails() {
            if (unreachable) {
                throw new org.apache.kafka.common.errors.TimeoutException("broker unreachable");
            }
        }
    }
}
