package io.errorpulse.connect.delivery;

import static io.errorpulse.connect.TestAlerts.firing;
import static io.errorpulse.connect.TestAlerts.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.errorpulse.connect.format.InvalidAlertException;
import io.errorpulse.connect.retry.Backoff;
import io.errorpulse.connect.retry.RetryPolicy;
import io.errorpulse.connect.sender.AlertmanagerRequests;
import io.errorpulse.connect.sender.Outcome;
import io.errorpulse.connect.sender.RequestTemplate;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class AlertWriterTest {

    private static final Outcome DOWN = new Outcome.Transient("503 down", Optional.empty());
    private static final Outcome THROTTLED = new Outcome.Transient("429", Optional.of(Duration.ofSeconds(4)));

    private final List<SinkRecord> batch = List.of(firing(1), firing(2), firing(3));

    private static AlertWriter writer(ScriptedSender sender, FakeContext context, int maxRetries) {
        AlertmanagerRequests requests = new AlertmanagerRequests(new RequestTemplate(
                URI.create("http://127.0.0.1:1/api/v2/alerts"), Duration.ofSeconds(1), Map.of(), Optional.empty(), "t"), 1);
        RetryPolicy retries = new RetryPolicy(maxRetries,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0), Duration.ofSeconds(10));
        return new AlertWriter(new BatchDelivery(requests, sender, true), retries, context);
    }

    @Test
    void shouldDeliverABatchWithoutRetrying() {
        ScriptedSender sender = new ScriptedSender();
        FakeContext context = new FakeContext(true);

        writer(sender, context, 3).write(batch);

        assertThat(sender.sent).hasSize(3);
        assertThat(context.reported).isEmpty();
        assertThat(context.timeout).isEqualTo(-1);
    }

    @Test
    void shouldAskConnectToRedeliverAfterABackoffOnATransientFailure() {
        FakeContext context = new FakeContext(true);

        assertThatThrownBy(() -> writer(new ScriptedSender(DOWN), context, 3).write(batch))
                .isInstanceOf(RetriableException.class).hasMessageContaining("503 down");
        assertThat(context.timeout).isEqualTo(100);
    }

    @Test
    void shouldWaitWhatRetryAfterAsksFor() {
        FakeContext context = new FakeContext(true);

        assertThatThrownBy(() -> writer(new ScriptedSender(THROTTLED), context, 3).write(batch))
                .isInstanceOf(RetriableException.class);
        assertThat(context.timeout).isEqualTo(4_000);
    }

    @Test
    void shouldNotResendAlertsAlreadyDeliveredWhenConnectRedeliversTheBatch() {
        ScriptedSender sender = new ScriptedSender(new Outcome.Delivered(200), DOWN);
        AlertWriter writer = writer(sender, new FakeContext(true), 3);

        assertThatThrownBy(() -> writer.write(batch)).isInstanceOf(RetriableException.class);
        writer.write(batch);

        // alert 1 delivered, alert 2 failed; the redelivery sends alerts 2 and 3 only
        assertThat(sender.sent).hasSize(2 + 2);
    }

    @Test
    void shouldReportWhatIsLeftToTheDeadLetterQueueWhenRetriesRunOut() {
        FakeContext context = new FakeContext(true);
        AlertWriter writer = writer(new ScriptedSender(DOWN, DOWN, DOWN), context, 2);

        assertThatThrownBy(() -> writer.write(batch)).isInstanceOf(RetriableException.class);
        assertThatThrownBy(() -> writer.write(batch)).isInstanceOf(RetriableException.class);
        writer.write(batch);

        assertThat(context.reported).extracting(FakeContext.Reported::record).containsExactlyElementsOf(batch);
        assertThat(context.reported).allSatisfy(reported -> assertThat(reported.error())
                .isInstanceOf(DeliveryFailedException.class).hasMessageContaining("gave up after 2 retries"));
    }

    @Test
    void shouldStartCountingRetriesAfreshForTheNextBatch() {
        FakeContext context = new FakeContext(true);
        AlertWriter writer = writer(new ScriptedSender(DOWN, new Outcome.Delivered(200), new Outcome.Delivered(200),
                new Outcome.Delivered(200), DOWN), context, 1);

        assertThatThrownBy(() -> writer.write(batch)).isInstanceOf(RetriableException.class);
        writer.write(batch);

        assertThatThrownBy(() -> writer.write(List.of(firing(4)))).isInstanceOf(RetriableException.class);
        assertThat(context.reported).isEmpty();
    }

    @Test
    void shouldFailTheTaskLoudlyWhenThereIsNoDeadLetterQueue() {
        AlertWriter writer = writer(new ScriptedSender(DOWN, DOWN), new FakeContext(false), 1);

        assertThatThrownBy(() -> writer.write(batch)).isInstanceOf(RetriableException.class);
        assertThatThrownBy(() -> writer.write(batch)).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class).hasMessageContaining("no dead-letter queue");
    }

    @Test
    void shouldReportARecordThatIsNotAnAlertWithoutRetryingAnything() {
        FakeContext context = new FakeContext(true);
        ScriptedSender sender = new ScriptedSender();

        writer(sender, context, 3).write(List.of(firing(1), record(2, "not json"), firing(3)));

        assertThat(context.reported).singleElement().satisfies(reported -> {
            assertThat(reported.record().kafkaOffset()).isEqualTo(2);
            assertThat(reported.error()).isInstanceOf(InvalidAlertException.class);
        });
        assertThat(sender.sent).hasSize(2);
    }

    @Test
    void shouldReportARejectedAlertAtOnce() {
        FakeContext context = new FakeContext(true);

        writer(new ScriptedSender(new Outcome.Rejected(400, "400 invalid label")), context, 3).write(batch);

        assertThat(context.reported).singleElement().satisfies(reported -> {
            assertThat(reported.record()).isEqualTo(batch.get(0));
            assertThat(reported.error()).hasMessage("400 invalid label");
        });
        assertThat(context.timeout).isEqualTo(-1);
    }

    @Test
    void shouldFailOnAnInvalidRecordWhenThereIsNoDeadLetterQueue() {
        assertThatThrownBy(() -> writer(new ScriptedSender(), new FakeContext(false), 3)
                .write(List.of(record(7, "{oops"))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("error-alerts-0@7");
    }

    @Test
    void shouldCountDeliveredRetriedAndFailedAlertsInThePluginMetrics() {
        FakeContext context = new FakeContext(true);
        FakePluginMetrics metrics = new FakePluginMetrics();
        context.pluginMetrics = metrics;
        AlertWriter writer = writer(new ScriptedSender(new Outcome.Delivered(200), DOWN, DOWN), context, 1);

        assertThatThrownBy(() -> writer.write(batch)).isInstanceOf(RetriableException.class);
        writer.write(batch);
        writer.write(List.of(record(9, "not json")));

        assertThat(metrics.value("alerts-delivered-total")).isEqualTo(1.0);
        assertThat(metrics.value("delivery-retries-total")).isEqualTo(1.0);
        assertThat(metrics.value("alerts-failed-total")).isEqualTo(3.0);
    }
}
