package io.errorpulse.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import io.errorpulse.detect.ThresholdOverrides;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;

/**
 * errorpulse's configuration: every key documented, typed and validated in one {@link ConfigDef}.
 * Read from a properties file; an environment variable {@code ERRORPULSE_<KEY>} (upper case, dots as
 * underscores) overrides a key. Keys under {@value #STREAMS_PREFIX} pass through to Kafka Streams
 * (e.g. {@code streams.max.poll.records}); keys under {@value #LOG_FIELD_PREFIX} remap access-log
 * fields (see docs/access-logs.md); per-class and per-store/app detection thresholds use the forms of
 * {@link ThresholdOverrides} under {@value #DETECT_PREFIX}; any other unknown key fails at start,
 * naming it.
 */
public final class ErrorpulseConfig extends AbstractConfig {

    public static final String STREAMS_PREFIX = "streams.";
    public static final String ENV_PREFIX = "ERRORPULSE_";

    public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap.servers";
    private static final String BOOTSTRAP_SERVERS_DOC = "Kafka brokers to connect to, host:port[,host:port...].";
    public static final String APPLICATION_ID_CONFIG = "application.id";
    private static final String APPLICATION_ID_DOC = "Kafka Streams application id: the consumer group and the prefix of "
            + "internal topics. Every instance of one deployment uses the same id.";
    public static final String STATE_DIR_CONFIG = "state.dir";
    private static final String STATE_DIR_DOC = "Directory of the RocksDB state stores of this instance.";
    public static final String PROCESSING_GUARANTEE_CONFIG = "processing.guarantee";
    private static final String PROCESSING_GUARANTEE_DOC = "exactly_once_v2 (default: no count lost or doubled "
            + "across crashes) or at_least_once (faster; a crash may count a few records twice).";
    public static final String NUM_STREAM_THREADS_CONFIG = "num.stream.threads";
    private static final String NUM_STREAM_THREADS_DOC = "Stream threads of this instance. Two by default: under "
            + "exactly-once a thread waits for the broker at every commit, and a second one processes meanwhile.";
    public static final String COMMIT_INTERVAL_MS_CONFIG = "commit.interval.ms";
    private static final String COMMIT_INTERVAL_MS_DOC = "How often Kafka Streams commits. About 1 s keeps exactly-once "
            + "commits cheap; counts become visible to other instances after a commit.";
    public static final String COMPRESSION_TYPE_CONFIG = "compression.type";
    private static final String COMPRESSION_TYPE_DOC = "Compression of what errorpulse writes to Kafka: partials, "
            + "changelogs, dead letters and alerts. lz4 by default: a dead letter carries its whole line, often large "
            + "and repetitive, and uncompressed they cost the broker a third of the CPU of a stream with 10% hostile "
            + "records (docs/benchmarks.md).";
    public static final String CACHE_MAX_BYTES_CONFIG = "cache.max.bytes";
    private static final String CACHE_MAX_BYTES_DOC = "Record cache of the state stores, over all threads.";

    public static final String TOPIC_ACCESS_LOGS_CONFIG = "topic.access.logs";
    private static final String TOPIC_ACCESS_LOGS_DOC = "Topic the access logs are read from (JSON lines, key optional).";
    public static final String TOPIC_ALERTS_CONFIG = "topic.alerts";
    private static final String TOPIC_ALERTS_DOC = "Topic alert transitions are written to (see docs/alert-record.md).";
    public static final String TOPIC_DEAD_LETTER_CONFIG = "topic.dead.letter";
    private static final String TOPIC_DEAD_LETTER_DOC = "Topic unreadable access-log records go to, with the reason in a header.";

    public static final String LOG_SCHEMA_CONFIG = "log.schema";
    private static final String LOG_SCHEMA_DOC = "Access-log framing: auto (recognised per record), default, ecs, otel, "
            + "otlp, nginx, envoy, kong or apigw.";
    public static final String LOG_FIELD_PREFIX = "log.field.";
    public static final String LOG_FINGERPRINT_KEY_CONFIG = "log.fingerprint.key";
    private static final String LOG_FINGERPRINT_KEY_DOC = "Secret key of the credential fingerprint (a short keyed "
            + "hash kept so that one failing token stays visible without the token). Set your own in production.";
    public static final String ENVELOPE_CODES_FILE_CONFIG = "envelope.codes.file";
    private static final String ENVELOPE_CODES_FILE_DOC = "Optional file of extra or overriding code mappings "
            + "(code -> category, alert class, retry); see docs/code-mappings.md. Empty: the built-in table only.";

    public static final String WINDOW_SIZE_MS_CONFIG = "window.size.ms";
    private static final String WINDOW_SIZE_MS_DOC = "Size of the finest tumbling window.";
    public static final String WINDOW_GRACE_MS_CONFIG = "window.grace.ms";
    private static final String WINDOW_GRACE_MS_DOC = "How late a record may arrive and still be counted in its window; "
            + "later records are counted as late. Also how far a logged time may run ahead of the record's Kafka "
            + "timestamp; further ahead, the Kafka timestamp is used.";
    public static final String WINDOW_RETENTION_MS_CONFIG = "window.retention.ms";
    private static final String WINDOW_RETENTION_MS_DOC = "How long finest-window counts are kept for queries.";

    public static final String WINDOW_ROLLUP_SIZE_MS_CONFIG = "window.rollup.size.ms";
    private static final String WINDOW_ROLLUP_SIZE_MS_DOC = "Size of the coarser roll-up window (a multiple of "
            + "window.size.ms), kept longer than the finest windows.";
    public static final String WINDOW_ROLLUP_RETENTION_MS_CONFIG = "window.rollup.retention.ms";
    private static final String WINDOW_ROLLUP_RETENTION_MS_DOC = "How long roll-up counts are kept for queries.";
    public static final String PARTIALS_FLUSH_INTERVAL_MS_CONFIG = "partials.flush.interval.ms";
    private static final String PARTIALS_FLUSH_INTERVAL_MS_DOC = "How often (wall clock) the partial counts combined "
            + "per store before the repartition are forwarded; the tasks of a stream thread flush together, each thread "
            + "at a moment of the interval of its own. Longer combines more, shorter alerts sooner.";
    public static final String INPUT_KEYED_BY_STORE_CONFIG = "input.keyed.by.store";
    private static final String INPUT_KEYED_BY_STORE_DOC = "Set when the shipper keys every access-log record by its "
            + "store id (all records of a store in one partition): counting then needs no repartition at all.";
    public static final String NUM_STANDBY_REPLICAS_CONFIG = "num.standby.replicas";
    private static final String NUM_STANDBY_REPLICAS_DOC = "Warm copies of each state store kept on other instances, "
            + "for fast fail-over.";
    public static final String ROCKSDB_MEMORY_BYTES_CONFIG = "rocksdb.memory.bytes";
    private static final String ROCKSDB_MEMORY_BYTES_DOC = "Off-heap memory all RocksDB stores of one instance share "
            + "(block cache, index and filter blocks, and memtables).";
    public static final String ROCKSDB_WRITE_BUFFER_RATIO_CONFIG = "rocksdb.write.buffer.ratio";
    private static final String ROCKSDB_WRITE_BUFFER_RATIO_DOC = "Share of rocksdb.memory.bytes that memtables may take.";

    public static final String DETECT_PREFIX = "detect.";
    public static final String DETECT_MIN_EVENTS_CONFIG = "detect.min.events";
    private static final String DETECT_MIN_EVENTS_DOC = "Fewest events of a class in a window that can fire an alert.";
    public static final String DETECT_RATE_FLOOR_CONFIG = "detect.rate.floor";
    private static final String DETECT_RATE_FLOOR_DOC = "Rate (class events / requests) above which a window fires while "
            + "no baseline has been learned.";
    public static final String DETECT_RESOLVE_WINDOWS_CONFIG = "detect.resolve.windows";
    private static final String DETECT_RESOLVE_WINDOWS_DOC = "Consecutive quiet windows before a firing alert resolves.";
    public static final String DETECT_RENOTIFY_MS_CONFIG = "detect.renotify.ms";
    private static final String DETECT_RENOTIFY_MS_DOC = "How often a firing alert is sent again, so that receivers that "
            + "expire unrenewed alerts (Alertmanager) keep it open.";

    public static final String DETECT_SIGMAS_CONFIG = "detect.sigmas";
    private static final String DETECT_SIGMAS_DOC = "Once a baseline is learned, a window fires when its rate exceeds the "
            + "baseline by this many deviations (and by detect.min.increase), and the class count exceeds the "
            + "baseline's expectation by this many binomial standard errors.";
    public static final String DETECT_MIN_INCREASE_CONFIG = "detect.min.increase";
    private static final String DETECT_MIN_INCREASE_DOC = "Smallest rise of the rate over the learned baseline that can fire.";
    public static final String DETECT_BASELINE_SPAN_WINDOWS_CONFIG = "detect.baseline.span.windows";
    private static final String DETECT_BASELINE_SPAN_WINDOWS_DOC = "Span (in windows) of the exponentially weighted "
            + "baseline of each rate.";
    public static final String DETECT_BASELINE_MIN_WINDOWS_CONFIG = "detect.baseline.min.windows";
    private static final String DETECT_BASELINE_MIN_WINDOWS_DOC = "Windows learned before the baseline replaces the "
            + "static detect.rate.floor.";
    public static final String DETECT_BASELINE_MIN_REQUESTS_CONFIG = "detect.baseline.min.requests";
    private static final String DETECT_BASELINE_MIN_REQUESTS_DOC = "Fewest requests a closed window needs to be learned "
            + "into the baseline.";
    public static final String DETECT_RESOLVE_FRACTION_CONFIG = "detect.resolve.fraction";
    private static final String DETECT_RESOLVE_FRACTION_DOC = "The resolve line, as a fraction of the way from the "
            + "baseline to the line that fired (hysteresis).";
    public static final String DETECT_CHECK_INTERVAL_MS_CONFIG = "detect.check.interval.ms";
    private static final String DETECT_CHECK_INTERVAL_MS_DOC = "How often (wall clock) firing alerts are re-sent when "
            + "due, and resolved when their traffic stopped.";
    public static final String DETECT_SLO_ENABLED_CONFIG = "detect.slo.enabled";
    private static final String DETECT_SLO_ENABLED_DOC = "Also judge 5xx per store as SLO error-budget burn rate "
            + "(14.4x over 1 h and 5 min, or 6x over 6 h and 30 min).";
    public static final String DETECT_SLO_OBJECTIVE_CONFIG = "detect.slo.objective";
    private static final String DETECT_SLO_OBJECTIVE_DOC = "Availability objective of the burn-rate alert "
            + "(0.99: an error budget of 1% of requests).";
    public static final String DETECT_SLO_MIN_EVENTS_CONFIG = "detect.slo.min.events";
    private static final String DETECT_SLO_MIN_EVENTS_DOC = "Fewest 5xx in the short window that can fire a burn-rate alert.";

    public static final String REST_HOST_CONFIG = "rest.host";
    private static final String REST_HOST_DOC = "Interface the REST server listens on.";
    public static final String REST_PORT_CONFIG = "rest.port";
    private static final String REST_PORT_DOC = "Port of the REST server (0: a free port).";
    public static final String REST_ADVERTISED_HOST_CONFIG = "rest.advertised.host";
    private static final String REST_ADVERTISED_HOST_DOC = "Host name other instances and alert links use to reach "
            + "this instance's REST server.";
    public static final String REST_API_KEYS_CONFIG = "rest.api.keys";
    private static final String REST_API_KEYS_DOC = "Accepted API keys, as a list of sha256:<hex of the key>[@<store>] "
            + "entries; a key with @store only sees that store. Empty: the REST API answers no data request.";
    public static final String REST_METRICS_OPEN_CONFIG = "rest.metrics.open";
    private static final String REST_METRICS_OPEN_DOC = "Whether /metrics answers without an API key (true: Prometheus "
            + "scrapes it as is; false: it needs Authorization: Bearer with any accepted key).";
    public static final String REST_PEER_TIMEOUT_MS_CONFIG = "rest.peer.timeout.ms";
    private static final String REST_PEER_TIMEOUT_MS_DOC = "How long a request forwarded to the instance owning its "
            + "store, or one instance's part of a global view, may take before it counts as not answered.";

    private static final ConfigDef CONFIG = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.LIST, "localhost:9092", Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
            .define(APPLICATION_ID_CONFIG, Type.STRING, "errorpulse", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    APPLICATION_ID_DOC)
            .define(STATE_DIR_CONFIG, Type.STRING, "/tmp/errorpulse-state",
                    Importance.MEDIUM, STATE_DIR_DOC)
            .define(PROCESSING_GUARANTEE_CONFIG, Type.STRING, "exactly_once_v2",
                    ValidString.in("exactly_once_v2", "at_least_once"), Importance.MEDIUM, PROCESSING_GUARANTEE_DOC)
            .define(NUM_STREAM_THREADS_CONFIG, Type.INT, 2, Range.between(1, 64), Importance.MEDIUM,
                    NUM_STREAM_THREADS_DOC)
            .define(COMMIT_INTERVAL_MS_CONFIG, Type.LONG, 1000L, Range.atLeast(10), Importance.LOW,
                    COMMIT_INTERVAL_MS_DOC)
            .define(COMPRESSION_TYPE_CONFIG, Type.STRING, "lz4",
                    ValidString.in("none", "gzip", "snappy", "lz4", "zstd"), Importance.LOW, COMPRESSION_TYPE_DOC)
            .define(CACHE_MAX_BYTES_CONFIG, Type.LONG, 64L * 1024 * 1024, Range.atLeast(0), Importance.LOW,
                    CACHE_MAX_BYTES_DOC)
            .define(TOPIC_ACCESS_LOGS_CONFIG, Type.STRING, "api-access-logs", new ConfigDef.NonEmptyString(),
                    Importance.HIGH, TOPIC_ACCESS_LOGS_DOC)
            .define(TOPIC_ALERTS_CONFIG, Type.STRING, "error-alerts", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    TOPIC_ALERTS_DOC)
            .define(TOPIC_DEAD_LETTER_CONFIG, Type.STRING, "api-access-logs-dlq", new ConfigDef.NonEmptyString(),
                    Importance.HIGH, TOPIC_DEAD_LETTER_DOC)
            .define(LOG_SCHEMA_CONFIG, Type.STRING, "auto",
                    ValidString.in("auto", "default", "ecs", "otel", "otlp", "nginx", "envoy", "kong", "apigw"),
                    Importance.MEDIUM, LOG_SCHEMA_DOC)
            .define(LOG_FINGERPRINT_KEY_CONFIG, Type.PASSWORD, "errorpulse", Importance.MEDIUM,
                    LOG_FINGERPRINT_KEY_DOC)
            .define(ENVELOPE_CODES_FILE_CONFIG, Type.STRING, "", Importance.LOW, ENVELOPE_CODES_FILE_DOC)
            .define(WINDOW_SIZE_MS_CONFIG, Type.LONG, 60_000L, Range.atLeast(1000), Importance.MEDIUM,
                    WINDOW_SIZE_MS_DOC)
            .define(WINDOW_GRACE_MS_CONFIG, Type.LONG, 600_000L, Range.atLeast(0), Importance.MEDIUM,
                    WINDOW_GRACE_MS_DOC)
            .define(WINDOW_RETENTION_MS_CONFIG, Type.LONG, 86_400_000L, Range.atLeast(60_000), Importance.MEDIUM,
                    WINDOW_RETENTION_MS_DOC)
            .define(DETECT_MIN_EVENTS_CONFIG, Type.INT, 10, Range.atLeast(1), Importance.MEDIUM,
                    DETECT_MIN_EVENTS_DOC)
            .define(DETECT_RATE_FLOOR_CONFIG, Type.DOUBLE, 0.2, FiniteRange.between(0.0, 1.0), Importance.MEDIUM,
                    DETECT_RATE_FLOOR_DOC)
            .define(DETECT_RESOLVE_WINDOWS_CONFIG, Type.INT, 2, Range.atLeast(1), Importance.MEDIUM,
                    DETECT_RESOLVE_WINDOWS_DOC)
            .define(DETECT_RENOTIFY_MS_CONFIG, Type.LONG, 60_000L, Range.atLeast(1000), Importance.LOW,
                    DETECT_RENOTIFY_MS_DOC)
            .define(WINDOW_ROLLUP_SIZE_MS_CONFIG, Type.LONG, 3_600_000L, Range.atLeast(1000), Importance.LOW,
                    WINDOW_ROLLUP_SIZE_MS_DOC)
            .define(WINDOW_ROLLUP_RETENTION_MS_CONFIG, Type.LONG, 30L * 86_400_000L, Range.atLeast(60_000),
                    Importance.LOW, WINDOW_ROLLUP_RETENTION_MS_DOC)
            .define(PARTIALS_FLUSH_INTERVAL_MS_CONFIG, Type.LONG, 1000L, Range.atLeast(10), Importance.LOW,
                    PARTIALS_FLUSH_INTERVAL_MS_DOC)
            .define(INPUT_KEYED_BY_STORE_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM, INPUT_KEYED_BY_STORE_DOC)
            .define(NUM_STANDBY_REPLICAS_CONFIG, Type.INT, 0, Range.between(0, 16), Importance.MEDIUM,
                    NUM_STANDBY_REPLICAS_DOC)
            .define(ROCKSDB_MEMORY_BYTES_CONFIG, Type.LONG, 128L * 1024 * 1024, Range.atLeast(1024 * 1024),
                    Importance.MEDIUM, ROCKSDB_MEMORY_BYTES_DOC)
            .define(ROCKSDB_WRITE_BUFFER_RATIO_CONFIG, Type.DOUBLE, 0.5, FiniteRange.between(0.05, 0.9),
                    Importance.LOW, ROCKSDB_WRITE_BUFFER_RATIO_DOC)
            .define(DETECT_SIGMAS_CONFIG, Type.DOUBLE, 6.0, FiniteRange.atLeast(0.1), Importance.MEDIUM,
                    DETECT_SIGMAS_DOC)
            .define(DETECT_MIN_INCREASE_CONFIG, Type.DOUBLE, 0.05, FiniteRange.between(0.0, 1.0), Importance.MEDIUM,
                    DETECT_MIN_INCREASE_DOC)
            .define(DETECT_BASELINE_SPAN_WINDOWS_CONFIG, Type.INT, 30, Range.atLeast(1), Importance.LOW,
                    DETECT_BASELINE_SPAN_WINDOWS_DOC)
            .define(DETECT_BASELINE_MIN_WINDOWS_CONFIG, Type.INT, 10, Range.atLeast(1), Importance.LOW,
                    DETECT_BASELINE_MIN_WINDOWS_DOC)
            .define(DETECT_BASELINE_MIN_REQUESTS_CONFIG, Type.LONG, 10L, Range.atLeast(1), Importance.LOW,
                    DETECT_BASELINE_MIN_REQUESTS_DOC)
            .define(DETECT_RESOLVE_FRACTION_CONFIG, Type.DOUBLE, 0.5, FiniteRange.between(0.0, 1.0), Importance.LOW,
                    DETECT_RESOLVE_FRACTION_DOC)
            .define(DETECT_CHECK_INTERVAL_MS_CONFIG, Type.LONG, 5000L, Range.atLeast(100), Importance.LOW,
                    DETECT_CHECK_INTERVAL_MS_DOC)
            .define(DETECT_SLO_ENABLED_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM, DETECT_SLO_ENABLED_DOC)
            .define(DETECT_SLO_OBJECTIVE_CONFIG, Type.DOUBLE, 0.99, FiniteRange.between(0.5, 0.99999),
                    Importance.MEDIUM, DETECT_SLO_OBJECTIVE_DOC)
            .define(DETECT_SLO_MIN_EVENTS_CONFIG, Type.LONG, 20L, Range.atLeast(1), Importance.LOW,
                    DETECT_SLO_MIN_EVENTS_DOC)
            .define(REST_HOST_CONFIG, Type.STRING, "0.0.0.0", Importance.MEDIUM, REST_HOST_DOC)
            .define(REST_PORT_CONFIG, Type.INT, 8080, Range.between(0, 65535), Importance.MEDIUM, REST_PORT_DOC)
            .define(REST_ADVERTISED_HOST_CONFIG, Type.STRING, "localhost", Importance.MEDIUM,
                    REST_ADVERTISED_HOST_DOC)
            .define(REST_API_KEYS_CONFIG, Type.LIST, "", Importance.HIGH, REST_API_KEYS_DOC)
            .define(REST_METRICS_OPEN_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM, REST_METRICS_OPEN_DOC)
            .define(REST_PEER_TIMEOUT_MS_CONFIG, Type.LONG, 2000L, Range.between(10, 60_000), Importance.LOW,
                    REST_PEER_TIMEOUT_MS_DOC);

    public ErrorpulseConfig(Map<?, ?> props) {
        super(CONFIG, rejectUnknown(props), false);
    }

    public static ConfigDef configDef() {
        return new ConfigDef(CONFIG);
    }

    /** Reads a properties file, then applies {@code ERRORPULSE_*} environment overrides. */
    public static ErrorpulseConfig load(Path file, Map<String, String> env) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + file, e);
        }
        Map<String, Object> merged = new HashMap<>();
        props.forEach((k, v) -> merged.put(k.toString(), v.toString().trim()));
        merged.putAll(environmentOverrides(env));
        return new ErrorpulseConfig(merged);
    }

    /** The environment variable that overrides {@code key}: {@code ERRORPULSE_} + KEY with dots as underscores. */
    public static String environmentVariable(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    static Map<String, Object> environmentOverrides(Map<String, String> env) {
        Map<String, Object> overrides = new HashMap<>();
        for (String key : CONFIG.names()) {
            String value = env.get(environmentVariable(key));
            if (value != null) {
                overrides.put(key, value.trim());
            }
        }
        return overrides;
    }

    private static Map<?, ?> rejectUnknown(Map<?, ?> props) {
        for (Object key : props.keySet()) {
            String name = key.toString();
            if (!CONFIG.names().contains(name) && !name.startsWith(STREAMS_PREFIX) && !name.startsWith(LOG_FIELD_PREFIX)
                    && !isDetectionOverride(name)) {
                throw new ConfigException("unknown configuration key '" + name + "'"
                        + " (see the configuration reference; Kafka Streams settings go under '" + STREAMS_PREFIX + "')");
            }
        }
        return props;
    }

    /** Per-class and per-store/app detection thresholds: see {@link ThresholdOverrides}. */
    private static boolean isDetectionOverride(String name) {
        return name.startsWith(DETECT_PREFIX) && ThresholdOverrides.isOverrideKey(name.substring(DETECT_PREFIX.length()));
    }

    /** The per-class and per-store/app detection keys, without their {@value #DETECT_PREFIX} prefix. */
    public Map<String, Object> detectionOverrides() {
        Map<String, Object> overrides = new HashMap<>();
        originalsWithPrefix(DETECT_PREFIX, true).forEach((key, value) -> {
            if (ThresholdOverrides.isOverrideKey(key)) {
                overrides.put(key, value);
            }
        });
        return overrides;
    }

    /** Settings passed through to Kafka Streams, without their {@value #STREAMS_PREFIX} prefix. */
    public Map<String, Object> streamsOverrides() {
        return originalsWithPrefix(STREAMS_PREFIX, true);
    }

    /** Access-log field remaps: role -> comma-separated field paths, without the prefix. */
    public Map<String, String> logFieldOverrides() {
        Map<String, String> overrides = new HashMap<>();
        originalsWithPrefix(LOG_FIELD_PREFIX, true).forEach((role, paths) -> overrides.put(role, paths.toString()));
        return overrides;
    }

    public String bootstrapServers() {
        return String.join(",", getList(BOOTSTRAP_SERVERS_CONFIG));
    }

    public Duration duration(String key) {
        return Duration.ofMillis(getLong(key));
    }
}
