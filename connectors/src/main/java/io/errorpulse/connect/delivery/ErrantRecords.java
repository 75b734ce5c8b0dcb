package io.errorpulse.connect.delivery;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * Where records that cannot be delivered go: Connect's errant record reporter (the dead-letter
 * queue) when the connector tolerates errors, otherwise a {@link ConnectException} that fails the
 * task. Either way the record leaves a trace; nothing is dropped silently.
 */
public final class ErrantRecords {

    private final ErrantRecordReporter reporter;

    private ErrantRecords(ErrantRecordReporter reporter) {
        this.reporter = reporter;
    }

    /** Uses the context's reporter, if the worker offers one (Connect 2.6+, errors.tolerance=all). */
    public static ErrantRecords from(SinkTaskContext context) {
        ErrantRecordReporter reporter;
        try {
            reporter = context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError olderWorker) {
            reporter = null;
        }
        return new ErrantRecords(reporter);
    }

    public void report(SinkRecord record, Throwable error) {
        if (reporter == null) {
            throw new ConnectException("Alert at " + record.topic() + "-" + record.kafkaPartition() + "@"
                    + record.kafkaOffset() + " could not be delivered and the connector has no dead-letter "
                    + "queue (set errors.tolerance=all and errors.deadletterqueue.topic.name): "
                    + error.getMessage(), error);
        }
        reporter.report(record, error);
    }
}
