package io.errorpulse.connect.delivery;

import io.errorpulse.connect.format.Alert;
import io.errorpulse.connect.format.AlertReader;
import io.errorpulse.connect.format.InvalidAlertException;
import io.errorpulse.connect.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task's delivery policy for one batch of records. Invalid records and alerts the target
 * rejects are reported at once. A transient failure asks Connect to redeliver the batch after a
 * backoff ({@link SinkTaskContext#timeout} plus {@link RetriableException}), so the worker keeps
 * polling instead of the task sleeping; when the retries are used up, what is left is reported.
 */
public final class AlertWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWriter.class);

    private final AlertReader reader = new AlertReader();
    private final Redelivery redelivery = new Redelivery();
    private final BatchDelivery delivery;
    private final RetryPolicy retries;
    private final SinkTaskContext context;
    private final ErrantRecords errant;
    private final DeliveryMetrics metrics;

    public AlertWriter(BatchDelivery delivery, RetryPolicy retries, SinkTaskContext context) {
        this.delivery = delivery;
        this.retries = retries;
        this.context = context;
        this.errant = ErrantRecords.from(context);
        this.metrics = DeliveryMetrics.registeredWith(context);
    }

    public void write(Collection<SinkRecord> batch) {
        List<Alert> alerts = new ArrayList<>();
        for (SinkRecord record : redelivery.unsettled(batch)) {
            try {
                alerts.add(reader.read(record));
            } catch (InvalidAlertException e) {
                settleAsFailed(record, e);
            }
        }
        DeliveryReport report = deliver(alerts);
        report.delivered().forEach(alert -> redelivery.settle(alert.record()));
        metrics.delivered(report.delivered().size());
        report.rejected().forEach(rejection ->
                settleAsFailed(rejection.alert().record(), new DeliveryFailedException(rejection.reason())));
        if (report.interruption().isPresent()) {
            retryOrGiveUp(report.interruption().get());
        }
        redelivery.reset();
    }

    /** Forgets retry state, e.g. when partitions are revoked and the batch will not come back. */
    public void reset() {
        redelivery.reset();
    }

    private DeliveryReport deliver(List<Alert> alerts) {
        try {
            return delivery.deliver(alerts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while delivering alerts", e);
        }
    }

    private void retryOrGiveUp(DeliveryReport.Interruption interruption) {
        int retry = redelivery.nextRetry();
        Optional<Duration> delay = retries.delayBefore(retry, interruption.retryAfter());
        if (delay.isPresent()) {
            long ms = Math.max(1, delay.get().toMillis());
            LOG.warn("{} alerts not delivered ({}); retry {} of {} in {} ms",
                    interruption.undelivered().size(), interruption.reason(), retry, retries.maxRetries(), ms);
            context.timeout(ms);
            metrics.retried();
            throw new RetriableException(interruption.reason());
        }
        String reason = "gave up after " + retries.maxRetries() + " retries: " + interruption.reason();
        LOG.error("{} alerts not delivered, {}", interruption.undelivered().size(), reason);
        for (Alert alert : interruption.undelivered()) {
            settleAsFailed(alert.record(), new DeliveryFailedException(reason));
        }
    }

    private void settleAsFailed(SinkRecord record, Throwable error) {
        metrics.failed();
        errant.report(record, error);
        redelivery.settle(record);
    }
}
