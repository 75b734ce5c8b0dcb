package io.errorpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.topology.ErrorpulseTopology;
import io.errorpulse.topology.StreamsSettings;
import io.errorpulse.topology.TopologySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scrape of a fully bound registry (JVM, process, Kafka Streams' own metrics of a built, not
 * started, instance; pipeline counters; REST latency) is valid exposition: checked by
 * {@code promtool check metrics} where promtool is installed, and always by a strict parser.
 */
class PrometheusExpositionTest {

    private static KafkaStreams streams;
    private static PrometheusMetrics metrics;
    private static String scrape;

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void scrape() throws IOException {
        ErrorpulseConfig config = new ErrorpulseConfig(Map.of(
                ErrorpulseConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ErrorpulseConfig.STATE_DIR_CONFIG, stateDir.toString()));
        streams = new KafkaStreams(ErrorpulseTopology.build(TopologySettings.from(config, "http://127.0.0.1:1")),
                StreamsSettings.from(config, "127.0.0.1:1"));
        metrics = new PrometheusMetrics().bind(streams);
        PipelineMetrics.recordsRead().increment();
        PipelineMetrics.deadLettered("not_json").increment();
        PipelineMetrics.lateRecords().increment();
        PipelineMetrics.alerts("auth_failure", "firing").increment();
        metrics.rest().record("/v1/stores/{store}/rates", "GET", 200, Duration.ofMillis(3));
        scrape = metrics.scrape();
    }

    @AfterAll
    static void close() {
        metrics.close();
        streams.close(Duration.ofSeconds(5));
    }

    @Test
    void shouldExposeKafkaStreamsJvmPipelineAndRestMeters() {
        assertThat(scrape)
                .contains("kafka_stream_")
                .contains("jvm_memory_used_bytes")
                .contains("errorpulse_records_read_total")
                .contains("errorpulse_records_dead_lettered_total{reason=\"not_json\"}")
                .contains("errorpulse_records_late_total")
                .contains("errorpulse_alerts_total{alert_class=\"auth_failure\",status=\"firing\"}")
                .contains("errorpulse_rest_requests_seconds_bucket");
    }

    @Test
    void shouldParseAsValidExpositionWithoutTenantLabels() {
        ExpositionParser parsed = ExpositionParser.parse(scrape);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.samples()).hasSizeGreaterThan(100);
        assertThat(parsed.samples()).noneMatch(s -> s.labels().containsKey("store") || s.labels().containsKey("app"));
    }

    @Test
    void shouldRejectBrokenExpositionInTheParser() {
        assertThat(ExpositionParser.parse("foo_total 1\n").problems()).isNotEmpty();
        assertThat(ExpositionParser.parse("# TYPE foo gauge\nfoo{a=\"x} 1\n").problems()).isNotEmpty();
        assertThat(ExpositionParser.parse("# TYPE foo gauge\nfoo 1\nfoo 2\n").problems()).isNotEmpty();
    }

    @Test
    void shouldPassPromtoolCheckMetricsWhenPromtoolIsInstalled() throws Exception {
        Assumptions.assumeTrue(Promtool.installed(), "promtool is not installed; the parser test covers the format");
        assertThat(Promtool.checkMetrics(scrape)).isEmpty();
    }
}
