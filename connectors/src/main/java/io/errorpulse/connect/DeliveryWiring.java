package io.errorpulse.connect;

import io.errorpulse.connect.config.AlertSinkConfig;
import io.errorpulse.connect.delivery.AlertWriter;
import io.errorpulse.connect.delivery.BatchDelivery;
import io.errorpulse.connect.retry.Backoff;
import io.errorpulse.connect.retry.RetryPolicy;
import io.errorpulse.connect.sender.AlertmanagerRequests;
import io.errorpulse.connect.sender.HttpDispatcher;
import io.errorpulse.connect.sender.RequestFactory;
import io.errorpulse.connect.sender.RequestTemplate;
import io.errorpulse.connect.sender.WebhookRequests;
import io.errorpulse.connect.sender.WebhookSigner;
import java.net.http.HttpClient;
import java.time.Clock;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * Builds a task's delivery chain from its config: the one place that knows which classes fit
 * together, so the task stays a lifecycle shell. HTTP/1.1 on purpose: the JDK client's cleartext
 * HTTP/2 upgrade attempt confuses some proxies in front of Alertmanager.
 */
final class DeliveryWiring {

    private DeliveryWiring() {
    }

    static AlertWriter writer(AlertSinkConfig config, SinkTaskContext context) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpDispatcher dispatcher = new HttpDispatcher(client, Clock.systemUTC(), config.failureBodyMaxChars());
        BatchDelivery delivery = new BatchDelivery(requests(config), dispatcher, config.splitRejectedBatches());
        RetryPolicy retries = new RetryPolicy(config.maxRetries(),
                new Backoff(config.initialBackoff(), config.maxBackoff()), config.maxRetryAfter());
        return new AlertWriter(delivery, retries, context);
    }

    private static RequestFactory requests(AlertSinkConfig config) {
        RequestTemplate template = new RequestTemplate(config.endpoint(), config.requestTimeout(),
                config.extraHeaders(), config.authorization(), "errorpulse-alert-sink/" + Version.get());
        return switch (config.targetType()) {
            case ALERTMANAGER -> new AlertmanagerRequests(template, config.batchMaxAlerts());
            case WEBHOOK -> new WebhookRequests(template,
                    new WebhookSigner(config.webhookSecret().orElseThrow()),
                    config.signatureHeader(), config.timestampHeader(), Clock.systemUTC());
        };
    }
}
