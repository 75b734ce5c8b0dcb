package io.errorpulse.topology;

import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The input topic as the application has consumed it: a range of offsets of a partition, read again up
 * to a given offset or to the application's committed one. Partials are kept on the heap between
 * flushes; the requests a task had processed after its last flush are read again from here when it
 * starts.
 */
public interface CommittedInput {

    /** As the end of a read: the application's committed offset in the partition. */
    long UP_TO_COMMITTED = -1;

    /**
     * What a read covered.
     *
     * @param endOffset where it ended (exclusive): the end asked for, or the committed offset; never
     *                  before the start of the read (a partition without a committed offset reads nothing)
     * @param gone      how many offsets of the range the topic no longer holds (deleted by retention),
     *                  normally 0
     */
    record Range(long endOffset, long gone) {
    }

    /**
     * Calls {@code each}, in offset order, with every record of {@code partition} at an offset from
     * {@code fromOffset} (inclusive) to {@code toOffset} (exclusive; {@link #UP_TO_COMMITTED} for the
     * application's committed offset) that the application's consumer would have read (under
     * exactly-once: committed data only).
     */
    Range read(int partition, long fromOffset, long toOffset, Consumer<ConsumerRecord<byte[], byte[]>> each);
}
