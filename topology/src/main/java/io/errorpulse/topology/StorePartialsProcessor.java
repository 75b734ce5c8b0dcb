package io.errorpulse.topology;

import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.metrics.PipelineMetrics;
import io.errorpulse.state.FlushCheckpoint;
import io.errorpulse.state.PartialKey;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.WindowPartial;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Combines the requests of one task into partial counts per (store, window) before the repartition,
 * and forwards them, keyed by store, on a wall-clock punctuation at its stream thread's moment of the
 * flush interval ({@link FlushPhase}: a thread's tasks flush together). Requests later than their
 * window's grace period are counted as late (metric and a per-store counter), never silently dropped.
 *
 * <p>The partials live on the heap, and a crash neither loses nor doubles a count: each flush writes, in
 * the transaction that forwards the partials, a {@link FlushCheckpoint}, the input offset up to which every
 * request is in a forwarded partial. Requests processed after it and committed with a later offset were
 * in no partial yet; when the task starts again (restart, crash, reassignment, an aborted transaction)
 * they are read again from the input topic ({@link RequestReplay}), from the checkpoint to the committed
 * offset, and counted into the pending partials before anything is flushed. The first request a
 * partition ever counts writes its first checkpoint, since a commit may come before the first flush.
 * Nothing else is written per request: a store row per request (and its changelog record) cost a third
 * of the CPU.
 *
 * <p>The replay runs when the task starts. If it fails (the broker unreachable), it is tried again at each
 * punctuation; until it succeeds nothing is flushed and the checkpoint stays where it was, so a crash in
 * the meantime replays the same range and everything after it.
 */
public final class StorePartialsProcessor<K> implements Processor<K, ClassifiedRequest, String, WindowPartial> {

    private static final Logger LOG = LoggerFactory.getLogger(StorePartialsProcessor.class);

    private final String checkpointStoreName;
    private final String lateStoreName;
    private final WindowAssigner windows;
    private final Duration flushInterval;
    private final RequestReplay replay;
    private final Map<PartialKey, WindowPartial> pending = new HashMap<>();
    private final Counter lateCounter = PipelineMetrics.lateRecords();
    private ProcessorContext<String, WindowPartial> context;
    private KeyValueStore<Integer, FlushCheckpoint> checkpoints;
    private KeyValueStore<String, Long> late;
    private int partition;
    /** The checkpoint this task started from while the requests after it are not read again yet; else null. */
    private FlushCheckpoint unreplayed;
    /** Whether the partition has a checkpoint (from its first request on, it always has). */
    private boolean checkpointed;
    /** The offset of the first request processed since the task started, -1 before any. */
    private long firstProcessedOffset;
    /** The offset after the last request counted into the pending partials, -1 when none since the last flush. */
    private long nextOffset;

    public StorePartialsProcessor(String checkpointStoreName, String lateStoreName, WindowAssigner windows,
                                  Duration flushInterval, RequestReplay replay) {
        this.checkpointStoreName = checkpointStoreName;
        this.lateStoreName = lateStoreName;
        this.windows = windows;
        this.flushInterval = flushInterval;
        this.replay = replay;
    }

    @Override
    public void init(ProcessorContext<String, WindowPartial> context) {
        this.context = context;
        this.checkpoints = context.getStateStore(checkpointStoreName);
        this.late = context.getStateStore(lateStoreName);
        this.partition = context.taskId().partition();
        pending.clear(); // a revived task (after an aborted transaction) starts again from its restored stores
        firstProcessedOffset = -1;
        nextOffset = -1;
        unreplayed = checkpoints.get(partition);
        checkpointed = unreplayed != null;
        replayIfNeeded();
        context.schedule(FlushPhase.firstFlush(context.currentSystemTimeMs(), flushInterval), flushInterval,
                PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<K, ClassifiedRequest> record) {
        Optional<RecordMetadata> metadata = context.recordMetadata();
        long offset = metadata.isPresent() ? metadata.get().offset() : -1; // not boxed: this runs for every request
        if (offset >= 0) {
            if (firstProcessedOffset < 0) {
                firstProcessedOffset = offset;
            }
            if (!checkpointed) { // the first request the partition ever counts: a commit may come before the first flush
                checkpoints.put(partition, new FlushCheckpoint(offset, context.currentStreamTimeMs()));
                checkpointed = true;
            }
            nextOffset = offset + 1;
        }
        ClassifiedRequest request = record.value();
        long eventTime = record.timestamp();
        if (windows.isLate(eventTime, context.currentStreamTimeMs())) {
            countLate(request.record().store());
            return;
        }
        count(request, eventTime);
    }

    /**
     * Forwards every pending partial and forgets it, in the same transaction as the forward and the checkpoint.
     * A flush that forwarded partials asks for a commit at once, so that they are read downstream now rather
     * than up to a commit interval later (exactly-once consumers read only committed records).
     */
    void flush() {
        if (!replayIfNeeded()) {
            return;
        }
        if (!pending.isEmpty()) {
            context.commit();
        }
        for (Map.Entry<PartialKey, WindowPartial> entry : pending.entrySet()) {
            WindowPartial partial = entry.getValue();
            context.forward(new Record<>(entry.getKey().store(), partial, partial.maxEventTimeMs()));
        }
        pending.clear();
        if (nextOffset >= 0) {
            checkpoints.put(partition, new FlushCheckpoint(nextOffset, context.currentStreamTimeMs()));
            nextOffset = -1;
        }
    }

    @Override
    public void close() {
        pending.clear();
    }

    /**
     * Counts the requests after the checkpoint this task started from, up to the first request processed
     * since (or, before any, the committed offset), unless that was done already.
     *
     * @return whether the pending partials hold every request since the checkpoint
     */
    private boolean replayIfNeeded() {
        if (unreplayed == null) {
            return true;
        }
        try {
            long[] counted = {0};
            CommittedInput.Range range = replay.replay(partition, unreplayed.nextOffset(),
                    firstProcessedOffset >= 0 ? firstProcessedOffset : CommittedInput.UP_TO_COMMITTED,
                    unreplayed.streamTimeMs(), (request, eventTime, streamTime) -> {
                        if (!windows.isLate(eventTime, streamTime)) { // a late one was counted as such the first time
                            count(request, eventTime);
                            counted[0]++;
                        }
                    });
            long end = range.endOffset();
            if (end > unreplayed.nextOffset()) {
                LOG.info("partition {}: counted {} requests of offsets {} to {} again, processed before the task stopped"
                        + " but not yet flushed", partition, counted[0], unreplayed.nextOffset(), end - 1);
            }
            if (range.gone() > 0) {
                LOG.error("partition {}: {} input offsets after offset {} were deleted from the topic before they could be"
                        + " read again; their requests are not counted", partition, range.gone(), unreplayed.nextOffset());
            }
            if (firstProcessedOffset < 0 && end > unreplayed.nextOffset()) {
                nextOffset = end;
            }
            unreplayed = null;
            return true;
        } catch (RuntimeException e) {
            LOG.warn("partition {}: could not read the input again from offset {} ({}); the partials are held until it can",
                    partition, unreplayed.nextOffset(), e.toString());
            return false;
        }
    }

    private void count(ClassifiedRequest request, long eventTime) {
        String store = request.record().store();
        PartialKey key = new PartialKey(store, windows.windowStart(eventTime));
        WindowPartial partial = pending.get(key);
        if (partial == null) {
            partial = new WindowPartial(key.windowStart(), eventTime, new StoreWindowCounts());
            pending.put(key, partial);
        } else if (eventTime > partial.maxEventTimeMs()) {
            partial = new WindowPartial(key.windowStart(), eventTime, partial.counts());
            pending.put(key, partial);
        }
        partial.counts().add(request.record().app(), request.record().status(), request.error());
    }

    private void countLate(String store) {
        lateCounter.increment();
        Long count = late.get(store);
        late.put(store, count == null ? 1L : count + 1);
    }
}
