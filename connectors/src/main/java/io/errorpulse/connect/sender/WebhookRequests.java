package io.errorpulse.connect.sender;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.errorpulse.connect.format.Alert;
import io.errorpulse.connect.format.Json;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * A generic webhook: one POST per alert whose body is the alert record itself, with a timestamp
 * header and an HMAC signature header. One alert per request keeps the receiver simple and makes
 * each signature cover exactly one event.
 */
public final class WebhookRequests implements RequestFactory {

    private final RequestTemplate template;
    private final WebhookSigner signer;
    private final String signatureHeader;
    private final String timestampHeader;
    private final Clock clock;

    public WebhookRequests(RequestTemplate template, WebhookSigner signer, String signatureHeader,
                           String timestampHeader, Clock clock) {
        this.template = template;
        this.signer = signer;
        this.signatureHeader = signatureHeader;
        this.timestampHeader = timestampHeader;
        this.clock = clock;
    }

    @Override
    public List<AlertRequest> requests(List<Alert> alerts) {
        return alerts.stream().map(this::request).toList();
    }

    private AlertRequest request(Alert alert) {
        byte[] body = body(alert);
        long now = clock.instant().getEpochSecond();
        return new AlertRequest(List.of(alert), template.post(body)
                .header(timestampHeader, Long.toString(now))
                .header(signatureHeader, signer.sign(now, body))
                .build());
    }

    private static byte[] body(Alert alert) {
        try {
            return Json.MAPPER.writeValueAsBytes(alert.body());
        } catch (JsonProcessingException e) {
            throw new ConnectException("cannot serialise alert " + alert.id(), e);
        }
    }
}
