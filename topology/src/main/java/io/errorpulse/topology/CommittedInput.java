package io.errorpulse.topology;

import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The input topic as the application has consumed it: where its committed offset stands in a partition,
 * and the records of a range of offsets, read again. Partials are kept on the heap between flushes; the
 * requests a task had processed after its last flush are read again from here when it starts.
 */
public interface CommittedInput {

    /** The application's committed offset in {@code partition} of the input topic, -1 when it has none. */
    long committedOffset(int partition);

    /**
     * Calls {@code each}, in offset order, with every record of {@code partition} at an offset from
     * {@code fromOffset} (inclusive) to {@code toOffset} (exclusive) that the application's consumer would
     * have read (under exactly-once: committed data only).
     *
     * @return how many offsets of the range the topic no longer holds (deleted by retention), normally 0
     */
    long read(int partition, long fromOffset, long toOffset, Consumer<ConsumerRecord<byte[], byte[]>> each);
}
