package io.errorpulse.connect.delivery;

import io.errorpulse.connect.format.Alert;
import io.errorpulse.connect.sender.AlertRequest;
import io.errorpulse.connect.sender.RequestSender;
import io.errorpulse.connect.sender.Outcome;
import io.errorpulse.connect.sender.RequestFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends alerts request by request, in record order, and stops at the first transient failure so
 * that the rest is retried later in the same order. A batch the target rejects is, when enabled,
 * resent alert by alert, so that one bad alert does not take its neighbours to the dead-letter queue.
 */
public final class BatchDelivery {

    private final RequestFactory requests;
    private final RequestSender dispatcher;
    private final boolean splitRejected;

    public BatchDelivery(RequestFactory requests, RequestSender dispatcher, boolean splitRejected) {
        this.requests = requests;
        this.dispatcher = dispatcher;
        this.splitRejected = splitRejected;
    }

    public DeliveryReport deliver(List<Alert> alerts) throws InterruptedException {
        List<Alert> delivered = new ArrayList<>();
        List<DeliveryReport.Rejection> rejected = new ArrayList<>();
        List<AlertRequest> queue = new ArrayList<>(requests.requests(alerts));
        for (int i = 0; i < queue.size(); i++) {
            AlertRequest request = queue.get(i);
            Outcome outcome = dispatcher.send(request.request());
            if (outcome instanceof Outcome.Delivered) {
                delivered.addAll(request.alerts());
            } else if (outcome instanceof Outcome.Rejected rejection) {
                if (splitRejected && request.alerts().size() > 1) {
                    queue.addAll(i + 1, singles(request.alerts()));
                } else {
                    request.alerts().forEach(alert -> rejected.add(new DeliveryReport.Rejection(alert, rejection.reason())));
                }
            } else if (outcome instanceof Outcome.Transient failure) {
                List<Alert> undelivered = new ArrayList<>();
                queue.subList(i, queue.size()).forEach(left -> undelivered.addAll(left.alerts()));
                return new DeliveryReport(delivered, rejected,
                        Optional.of(new DeliveryReport.Interruption(undelivered, failure.reason(), failure.retryAfter())));
            }
        }
        return new DeliveryReport(delivered, rejected, Optional.empty());
    }

    private List<AlertRequest> singles(List<Alert> alerts) {
        return alerts.stream().flatMap(alert -> requests.requests(List.of(alert)).stream()).toList();
    }
}
