package io.errorpulse.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;

/** The end of a topology cut short for a measurement ({@link ErrorpulseTopology.Stage}): its records go nowhere. */
final class DroppedRecords<K, V> implements Processor<K, V, Void, Void> {

    @Override
    public void process(Record<K, V> record) {
        // nothing: what a stage costs is measured without the stages after it
    }
}
