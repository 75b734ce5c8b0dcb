package io.errorpulse.connect.config;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The alert sink's configuration: every key registered once, in groups, with its validator; read
 * only through the typed accessors below. Rules that span several keys live in
 * {@link CrossFieldChecks} and are enforced here, so a connector cannot start half-configured.
 */
public final class AlertSinkConfig extends AbstractConfig {

    public static final String GROUP_TARGET = "Target";
    public static final String GROUP_CONNECTION = "Connection";
    public static final String GROUP_RETRIES = "Retries";
    public static final String GROUP_BATCHING = "Batching";
    public static final String GROUP_ERRORS = "Errors";

    public static final String TARGET_TYPE_CONFIG = "target.type";
    static final String TARGET_TYPE_DOC = "Where alerts go. 'alertmanager' posts batches of postable alerts "
            + "(labels, annotations, startsAt, endsAt, generatorURL) to the Alertmanager API v2; 'webhook' posts "
            + "each alert record as it is, signed with HMAC-SHA256.";
    public static final String TARGET_URL_CONFIG = "target.url";
    static final String TARGET_URL_DOC = "For 'alertmanager', the Alertmanager base URL (for example "
            + "http://alertmanager:9093); the sink posts to the path /api/v2/alerts under it. For 'webhook', the full URL "
            + "that receives the POST.";
    public static final String WEBHOOK_SECRET_CONFIG = "webhook.secret";
    static final String WEBHOOK_SECRET_DOC = "The shared secret of the HMAC-SHA256 signature; required for "
            + "'webhook' (at least 16 characters), not allowed for 'alertmanager'. The receiver recomputes "
            + "HMAC-SHA256(secret, timestamp + '.' + body) and compares it with the signature header.";
    public static final String WEBHOOK_SIGNATURE_HEADER_CONFIG = "webhook.signature.header";
    static final String WEBHOOK_SIGNATURE_HEADER_DOC = "The header that carries 'sha256=' followed by the hex HMAC.";
    public static final String WEBHOOK_TIMESTAMP_HEADER_CONFIG = "webhook.timestamp.header";
    static final String WEBHOOK_TIMESTAMP_HEADER_DOC = "The header that carries the signing time in Unix "
            + "seconds, so that a receiver can reject replays of old requests.";

    public static final String HTTP_CONNECT_TIMEOUT_MS_CONFIG = "http.connect.timeout.ms";
    static final String HTTP_CONNECT_TIMEOUT_MS_DOC = "How long to wait for a TCP/TLS connection.";
    public static final String HTTP_REQUEST_TIMEOUT_MS_CONFIG = "http.request.timeout.ms";
    static final String HTTP_REQUEST_TIMEOUT_MS_DOC = "How long to wait for the response to one request; "
            + "a timeout is retried like an I/O error.";
    public static final String HTTP_HEADERS_CONFIG = "http.headers";
    static final String HTTP_HEADERS_DOC = "Extra headers sent with every request, for example a tenant "
            + "header of a proxy in front of Alertmanager.";
    public static final String HTTP_AUTHORIZATION_CONFIG = "http.authorization";
    static final String HTTP_AUTHORIZATION_DOC = "The Authorization header value (for example 'Bearer ...' or "
            + "'Basic ...'); kept out of logs and of the REST API's config output.";

    public static final String RETRY_MAX_RETRIES_CONFIG = "retry.max.retries";
    static final String RETRY_MAX_RETRIES_DOC = "How many times a batch is retried after a 5xx, a 429 or an "
            + "I/O error before its records go to the dead-letter queue (errors.tolerance=all) or the task fails.";
    public static final String RETRY_BACKOFF_INITIAL_MS_CONFIG = "retry.backoff.initial.ms";
    static final String RETRY_BACKOFF_INITIAL_MS_DOC = "The backoff before the first retry; it doubles with each "
            + "retry, with random jitter of up to half the delay.";
    public static final String RETRY_BACKOFF_MAX_MS_CONFIG = "retry.backoff.max.ms";
    static final String RETRY_BACKOFF_MAX_MS_DOC = "The longest backoff between two retries; at least "
            + RETRY_BACKOFF_INITIAL_MS_CONFIG + ".";
    public static final String RETRY_AFTER_MAX_MS_CONFIG = "retry.after.max.ms";
    static final String RETRY_AFTER_MAX_MS_DOC = "The longest Retry-After (of a 429 or 503) that is honoured; "
            + "a longer one is cut to this.";

    public static final String BATCH_MAX_ALERTS_CONFIG = "batch.max.alerts";
    static final String BATCH_MAX_ALERTS_DOC = "The most alerts in one Alertmanager request. A webhook "
            + "receives one alert per request.";

    public static final String REJECTED_BATCH_SPLIT_CONFIG = "rejected.batch.split";
    static final String REJECTED_BATCH_SPLIT_DOC = "When the target rejects a batch with a 4xx other than "
            + "429, resend its alerts one by one, so that only the alerts it rejects go to the dead-letter queue.";
    public static final String FAILURE_BODY_MAX_CHARS_CONFIG = "failure.body.max.chars";
    static final String FAILURE_BODY_MAX_CHARS_DOC = "How much of a failed response's body is kept in the "
            + "error reported to the dead-letter queue and the log.";

    /** @throws ConfigException when a key is invalid or a cross-field rule is broken */
    public AlertSinkConfig(Map<?, ?> props) {
        this(props, true);
    }

    private AlertSinkConfig(Map<?, ?> props, boolean checkCrossFields) {
        super(configDef(), props);
        List<CrossFieldChecks.Problem> problems = checkCrossFields ? CrossFieldChecks.of(this, props) : List.of();
        if (!problems.isEmpty()) {
            CrossFieldChecks.Problem first = problems.get(0);
            throw new ConfigException(first.key() + ": " + first.message());
        }
    }

    /** Parses valid keys without the cross-field rules, so that a validation can report each of them. */
    public static AlertSinkConfig withoutCrossFieldChecks(Map<?, ?> props) {
        return new AlertSinkConfig(props, false);
    }

    /** The definition that Connect validates against and the config reference is generated from. */
    public static ConfigDef configDef() {
        ConfigDef def = new ConfigDef();
        int order = 0;
        def.define(TARGET_TYPE_CONFIG, Type.STRING, TargetType.ALERTMANAGER.configValue(), new TargetTypeValidator(),
                Importance.HIGH, TARGET_TYPE_DOC, GROUP_TARGET, ++order, Width.SHORT, "Target type");
        def.define(TARGET_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new HttpUrlValidator(),
                Importance.HIGH, TARGET_URL_DOC, GROUP_TARGET, ++order, Width.LONG, "Target URL");
        def.define(WEBHOOK_SECRET_CONFIG, Type.PASSWORD, null, Importance.HIGH, WEBHOOK_SECRET_DOC,
                GROUP_TARGET, ++order, Width.MEDIUM, "Webhook secret");
        def.define(WEBHOOK_SIGNATURE_HEADER_CONFIG, Type.STRING, "X-Errorpulse-Signature", new HeaderNameValidator(),
                Importance.LOW, WEBHOOK_SIGNATURE_HEADER_DOC, GROUP_TARGET, ++order, Width.MEDIUM, "Signature header");
        def.define(WEBHOOK_TIMESTAMP_HEADER_CONFIG, Type.STRING, "X-Errorpulse-Timestamp", new HeaderNameValidator(),
                Importance.LOW, WEBHOOK_TIMESTAMP_HEADER_DOC, GROUP_TARGET, ++order, Width.MEDIUM, "Timestamp header");
        order = 0;
        def.define(HTTP_CONNECT_TIMEOUT_MS_CONFIG, Type.LONG, 5_000L, Range.between(1L, 300_000L),
                Importance.MEDIUM, HTTP_CONNECT_TIMEOUT_MS_DOC, GROUP_CONNECTION, ++order, Width.SHORT, "Connect timeout");
        def.define(HTTP_REQUEST_TIMEOUT_MS_CONFIG, Type.LONG, 10_000L, Range.between(1L, 600_000L),
                Importance.MEDIUM, HTTP_REQUEST_TIMEOUT_MS_DOC, GROUP_CONNECTION, ++order, Width.SHORT, "Request timeout");
        def.define(HTTP_HEADERS_CONFIG, Type.LIST, "", new HeaderListValidator(), Importance.LOW,
                HTTP_HEADERS_DOC, GROUP_CONNECTION, ++order, Width.LONG, "Extra headers");
        def.define(HTTP_AUTHORIZATION_CONFIG, Type.PASSWORD, null, Importance.MEDIUM, HTTP_AUTHORIZATION_DOC,
                GROUP_CONNECTION, ++order, Width.MEDIUM, "Authorization");
        order = 0;
        def.define(RETRY_MAX_RETRIES_CONFIG, Type.INT, 10, Range.between(0, 100), Importance.MEDIUM,
                RETRY_MAX_RETRIES_DOC, GROUP_RETRIES, ++order, Width.SHORT, "Max retries");
        def.define(RETRY_BACKOFF_INITIAL_MS_CONFIG, Type.LONG, 500L, Range.between(1L, 3_600_000L),
                Importance.MEDIUM, RETRY_BACKOFF_INITIAL_MS_DOC, GROUP_RETRIES, ++order, Width.SHORT, "Initial backoff");
        def.define(RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 30_000L, Range.between(1L, 3_600_000L),
                Importance.MEDIUM, RETRY_BACKOFF_MAX_MS_DOC, GROUP_RETRIES, ++order, Width.SHORT, "Max backoff");
        def.define(RETRY_AFTER_MAX_MS_CONFIG, Type.LONG, 300_000L, Range.between(0L, 3_600_000L),
                Importance.LOW, RETRY_AFTER_MAX_MS_DOC, GROUP_RETRIES, ++order, Width.SHORT, "Max Retry-After");
        def.define(BATCH_MAX_ALERTS_CONFIG, Type.INT, 64, Range.between(1, 1_000), Importance.LOW,
                BATCH_MAX_ALERTS_DOC, GROUP_BATCHING, 1, Width.SHORT, "Alerts per request");
        def.define(REJECTED_BATCH_SPLIT_CONFIG, Type.BOOLEAN, true, Importance.LOW, REJECTED_BATCH_SPLIT_DOC,
                GROUP_ERRORS, 1, Width.SHORT, "Split rejected batches");
        def.define(FAILURE_BODY_MAX_CHARS_CONFIG, Type.INT, 512, Range.between(0, 65_536), Importance.LOW,
                FAILURE_BODY_MAX_CHARS_DOC, GROUP_ERRORS, 2, Width.SHORT, "Failure body kept");
        return def;
    }

    public TargetType targetType() {
        return TargetType.fromConfigValue(getString(TARGET_TYPE_CONFIG));
    }

    /** The URL requests go to: for Alertmanager, the API v2 alerts endpoint under the base URL. */
    public URI endpoint() {
        String url = getString(TARGET_URL_CONFIG).trim();
        if (targetType() == TargetType.ALERTMANAGER && !url.endsWith("/api/v2/alerts")) {
            url = url.replaceAll("/+$", "") + "/api/v2/alerts";
        }
        return URI.create(url);
    }

    public Optional<String> webhookSecret() {
        return secret(WEBHOOK_SECRET_CONFIG);
    }

    public String signatureHeader() {
        return getString(WEBHOOK_SIGNATURE_HEADER_CONFIG).trim();
    }

    public String timestampHeader() {
        return getString(WEBHOOK_TIMESTAMP_HEADER_CONFIG).trim();
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(getLong(HTTP_CONNECT_TIMEOUT_MS_CONFIG));
    }

    public Duration requestTimeout() {
        return Duration.ofMillis(getLong(HTTP_REQUEST_TIMEOUT_MS_CONFIG));
    }

    /** The extra headers, in configured order. */
    public Map<String, String> extraHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String entry : getList(HTTP_HEADERS_CONFIG)) {
            int colon = entry.indexOf(':');
            headers.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return headers;
    }

    public Optional<String> authorization() {
        return secret(HTTP_AUTHORIZATION_CONFIG);
    }

    public int maxRetries() {
        return getInt(RETRY_MAX_RETRIES_CONFIG);
    }

    public Duration initialBackoff() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_INITIAL_MS_CONFIG));
    }

    public Duration maxBackoff() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_MAX_MS_CONFIG));
    }

    public Duration maxRetryAfter() {
        return Duration.ofMillis(getLong(RETRY_AFTER_MAX_MS_CONFIG));
    }

    public int batchMaxAlerts() {
        return getInt(BATCH_MAX_ALERTS_CONFIG);
    }

    public boolean splitRejectedBatches() {
        return getBoolean(REJECTED_BATCH_SPLIT_CONFIG);
    }

    public int failureBodyMaxChars() {
        return getInt(FAILURE_BODY_MAX_CHARS_CONFIG);
    }

    private Optional<String> secret(String key) {
        Password password = getPassword(key);
        return password == null || password.value().isEmpty() ? Optional.empty() : Optional.of(password.value());
    }
}
