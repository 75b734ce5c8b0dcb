package io.errorpulse.connect.sender;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.errorpulse.connect.format.Alert;
import io.errorpulse.connect.format.Json;
import io.errorpulse.connect.format.PostableAlert;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Alertmanager API v2: {@code POST /api/v2/alerts} with a JSON array of postable alerts, at most
 * {@code batchMaxAlerts} per request. Re-posting an alert with the same labels updates it, so a
 * retried batch is harmless.
 */
public final class AlertmanagerRequests implements RequestFactory {

    private final RequestTemplate template;
    private final int batchMaxAlerts;

    public AlertmanagerRequests(RequestTemplate template, int batchMaxAlerts) {
        this.template = template;
        this.batchMaxAlerts = batchMaxAlerts;
    }

    @Override
    public List<AlertRequest> requests(List<Alert> alerts) {
        List<AlertRequest> requests = new ArrayList<>();
        for (int from = 0; from < alerts.size(); from += batchMaxAlerts) {
            List<Alert> chunk = List.copyOf(alerts.subList(from, Math.min(alerts.size(), from + batchMaxAlerts)));
            requests.add(new AlertRequest(chunk, template.post(body(chunk)).build()));
        }
        return requests;
    }

    private static byte[] body(List<Alert> chunk) {
        try {
            return Json.MAPPER.writeValueAsBytes(PostableAlert.batch(chunk));
        } catch (JsonProcessingException e) {
            throw new ConnectException("cannot serialise alerts", e);
        }
    }
}
