package io.errorpulse.connect.delivery;

import static io.errorpulse.connect.TestAlerts.firing;
import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.connect.format.Alert;
import io.errorpulse.connect.format.AlertReader;
import io.errorpulse.connect.sender.AlertmanagerRequests;
import io.errorpulse.connect.sender.Outcome;
import io.errorpulse.connect.sender.RequestTemplate;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BatchDeliveryTest {

    private static final Outcome OK = new Outcome.Delivered(200);
    private static final Outcome DOWN = new Outcome.Transient("503", Optional.of(Duration.ofSeconds(2)));
    private static final Outcome BAD = new Outcome.Rejected(400, "400 bad");

    private final List<Alert> alerts = LongStream.rangeClosed(1, 5)
            .mapToObj(offset -> new AlertReader().read(firing(offset))).toList();
    private final AlertmanagerRequests batchesOfTwo = new AlertmanagerRequests(new RequestTemplate(
            URI.create("http://127.0.0.1:1/api/v2/alerts"), Duration.ofSeconds(1), Map.of(), Optional.empty(), "t"), 2);

    @Test
    void shouldDeliverEveryBatch() throws Exception {
        ScriptedSender sender = new ScriptedSender();

        DeliveryReport report = new BatchDelivery(batchesOfTwo, sender, true).deliver(alerts);

        assertThat(report.delivered()).containsExactlyElementsOf(alerts);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.interruption()).isEmpty();
        assertThat(sender.sent).hasSize(3);
    }

    @Test
    void shouldStopAtTheFirstTransientFailureAndListWhatIsLeft() throws Exception {
        ScriptedSender sender = new ScriptedSender(OK, DOWN);

        DeliveryReport report = new BatchDelivery(batchesOfTwo, sender, true).deliver(alerts);

        assertThat(report.delivered()).containsExactlyElementsOf(alerts.subList(0, 2));
        assertThat(report.interruption()).hasValueSatisfying(interruption -> {
            assertThat(interruption.undelivered()).containsExactlyElementsOf(alerts.subList(2, 5));
            assertThat(interruption.retryAfter()).contains(Duration.ofSeconds(2));
        });
        assertThat(sender.sent).hasSize(2);
    }

    @Test
    void shouldResendARejectedBatchAlertByAlertToIsolateTheBadAlert() throws Exception {
        ScriptedSender sender = new ScriptedSender(BAD, OK, BAD);

        DeliveryReport report = new BatchDelivery(batchesOfTwo, sender, true).deliver(alerts);

        assertThat(report.rejected()).singleElement().satisfies(rejection -> {
            assertThat(rejection.alert()).isEqualTo(alerts.get(1));
            assertThat(rejection.reason()).isEqualTo("400 bad");
        });
        assertThat(report.delivered()).containsExactlyInAnyOrder(alerts.get(0), alerts.get(2), alerts.get(3), alerts.get(4));
    }

    @Test
    void shouldRejectTheWholeBatchWhenSplittingIsOff() throws Exception {
        ScriptedSender sender = new ScriptedSender(BAD);

        DeliveryReport report = new BatchDelivery(batchesOfTwo, sender, false).deliver(alerts);

        assertThat(report.rejected()).extracting(DeliveryReport.Rejection::alert).containsExactlyElementsOf(alerts.subList(0, 2));
        assertThat(report.delivered()).containsExactlyElementsOf(alerts.subList(2, 5));
    }
}
