package io.errorpulse.connect.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules that no single validator can check, because they relate several keys; including one
 * on Connect's own error-handling keys, which would otherwise let a misconfigured connector drop
 * undeliverable alerts without a trace.
 */
public final class CrossFieldChecks {

    static final int MIN_SECRET_LENGTH = 16;

    /** A broken rule, attached to the key a user should change. */
    public record Problem(String key, String message) { }

    private CrossFieldChecks() {
    }

    /** Every broken rule of an otherwise valid config; {@code props} are the raw connector props. */
    public static List<Problem> of(AlertSinkConfig config, Map<?, ?> props) {
        List<Problem> problems = new ArrayList<>();
        boolean webhook = config.targetType() == TargetType.WEBHOOK;
        int secretLength = config.webhookSecret().map(String::length).orElse(0);
        if (webhook && secretLength < MIN_SECRET_LENGTH) {
            problems.add(new Problem(AlertSinkConfig.WEBHOOK_SECRET_CONFIG,
                    "target.type=webhook needs a secret of at least " + MIN_SECRET_LENGTH + " characters"));
        }
        if (!webhook && secretLength > 0) {
            problems.add(new Problem(AlertSinkConfig.WEBHOOK_SECRET_CONFIG,
                    "is only used with target.type=webhook; remove it or change target.type"));
        }
        if (webhook && config.signatureHeader().equalsIgnoreCase(config.timestampHeader())) {
            problems.add(new Problem(AlertSinkConfig.WEBHOOK_TIMESTAMP_HEADER_CONFIG,
                    "must differ from " + AlertSinkConfig.WEBHOOK_SIGNATURE_HEADER_CONFIG));
        }
        if (webhook && config.extraHeaders().keySet().stream().anyMatch(name ->
                name.equalsIgnoreCase(config.signatureHeader()) || name.equalsIgnoreCase(config.timestampHeader()))) {
            problems.add(new Problem(AlertSinkConfig.HTTP_HEADERS_CONFIG,
                    "must not set the webhook signature or timestamp header"));
        }
        if (config.maxBackoff().compareTo(config.initialBackoff()) < 0) {
            problems.add(new Problem(AlertSinkConfig.RETRY_BACKOFF_MAX_MS_CONFIG,
                    "must be at least " + AlertSinkConfig.RETRY_BACKOFF_INITIAL_MS_CONFIG));
        }
        if (dropsFailuresSilently(props)) {
            problems.add(new Problem("errors.tolerance",
                    "errors.tolerance=all without errors.deadletterqueue.topic.name or errors.log.enable=true "
                            + "would drop undeliverable alerts without a trace; configure a dead-letter topic"));
        }
        return problems;
    }

    private static boolean dropsFailuresSilently(Map<?, ?> props) {
        boolean tolerateAll = "all".equals(lower(props.get("errors.tolerance")));
        boolean dlq = !lower(props.get("errors.deadletterqueue.topic.name")).isEmpty();
        boolean log = "true".equals(lower(props.get("errors.log.enable")));
        return tolerateAll && !dlq && !log;
    }

    private static String lower(Object value) {
        return value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
    }
}
