package io.errorpulse.connect.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.errorpulse.connect.TestAlerts;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.management.AttributeNotFoundException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged plugin in a real Kafka Connect worker (Kafka's embedded Connect cluster, with
 * its own KRaft broker), loaded from disk through {@code plugin.path} as a user's worker loads it,
 * against HTTP targets that fail the way real ones do.
 */
@Tag("integration")
class AlertSinkPluginIT {

    private static final String CONNECTOR_CLASS = "io.errorpulse.connect.AlertSinkConnector";
    private static final String SECRET = "it-webhook-secret-0123456789";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static EmbeddedConnectCluster connect;
    private static AlertReceiver receiver;

    @BeforeAll
    static void start() throws Exception {
        Path pluginPath = Path.of(System.getProperty("connect.plugin.path"));
        assertThat(pluginPath.resolve("errorpulse-alert-sink/lib"))
                .as("the packaged plugin; run the integration tests after 'package'").isDirectory();
        receiver = new AlertReceiver(SECRET);
        Map<String, String> workerProps = new HashMap<>();
        workerProps.put("plugin.path", pluginPath.toAbsolutePath().toString());
        workerProps.put("plugin.discovery", "service_load");
        workerProps.put("offset.flush.interval.ms", "1000");
        connect = new EmbeddedConnectCluster.Builder()
                .name("alert-sink-it")
                .numWorkers(1)
                .workerProps(workerProps)
                .build();
        connect.start();
    }

    @AfterAll
    static void stop() {
        if (connect != null) {
            connect.stop();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private static Map<String, String> sink(String topic, String url) {
        Map<String, String> props = new HashMap<>();
        props.put("connector.class", CONNECTOR_CLASS);
        props.put("topics", topic);
        props.put("tasks.max", "2");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("target.url", url);
        props.put("retry.backoff.initial.ms", "100");
        props.put("retry.backoff.max.ms", "1000");
        return props;
    }

    private static void produceAlerts(String topic, int stores) {
        for (int store = 1; store <= stores; store++) {
            connect.kafka().produce(topic, "fp-" + store, TestAlerts.json(Integer.toString(store), "firing"));
            connect.kafka().produce(topic, "fp-" + store, TestAlerts.json(Integer.toString(store), "resolved"));
        }
    }

    @Test
    void shouldLoadTheConnectorFromThePackagedPluginOnly() {
        assertThatThrownBy(() -> Class.forName(CONNECTOR_CLASS))
                .as("the connector must come from plugin.path, not the test classpath")
                .isInstanceOf(ClassNotFoundException.class);
        String plugins = String.valueOf(connect.requestGet(connect.endpointForResource("connector-plugins")).getEntity());

        assertThat(plugins).contains(CONNECTOR_CLASS, System.getProperty("connect.plugin.version"));
    }

    @Test
    void shouldDeliverEveryAlertToAlertmanagerThroughThrottlingAndOutages() throws Exception {
        connect.kafka().createTopic("alerts-am", 2);
        Map<String, String> props = sink("alerts-am", receiver.baseUrl() + "/flaky");
        props.put("batch.max.alerts", "3");
        connect.configureConnector("am-sink", props);
        connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("am-sink", 2, "am-sink did not start");

        produceAlerts("alerts-am", 20);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(receiver.alertmanagerAlerts
                .stream().map(alert -> alert.path("labels").path("store").asText() + "/" + alert.path("endsAt").asText())
                .distinct()).hasSize(40));
        assertThat(receiver.answered("flaky", 429)).isEqualTo(1);
        assertThat(receiver.answered("flaky", 503)).isPositive();
        assertThat(receiver.alertmanagerAlerts).allSatisfy(alert -> assertThat(alert.fieldNames()).toIterable()
                .containsExactly("labels", "annotations", "startsAt", "endsAt", "generatorURL"));
    }

    @Test
    void shouldDeliverSignedAlertsToAWebhook() throws Exception {
        connect.kafka().createTopic("alerts-hook", 1);
        Map<String, String> props = sink("alerts-hook", receiver.baseUrl() + "/hook");
        props.put("target.type", "webhook");
        props.put("webhook.secret", SECRET);
        connect.configureConnector("hook-sink", props);
        connect.assertions().assertConnectorAndAtLeastNumTasksAreRunning("hook-sink", 1, "hook-sink did not start");

        produceAlerts("alerts-hook", 3);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(receiver.webhookAlerts).hasSize(6));
        assertThat(receiver.answered("hook", 401)).as("bad signatures").isZero();
        assertThat(receiver.answered("hook", 503)).isEqualTo(1);
        assertThat(receiver.webhookAlerts).extracting(alert -> alert.path("observed").path("count").asInt())
                .containsOnly(812);
    }

    @Test
    void shouldSendUndeliverableAndInvalidAlertsToTheDeadLetterQueue() throws Exception {
        connect.kafka().createTopic("alerts-down", 1);
        Map<String, String> props = sink("alerts-down", receiver.baseUrl() + "/down");
        props.put("retry.max.retries", "2");
        props.put("errors.tolerance", "all");
        props.put("errors.deadletterqueue.topic.name", "alerts-dlq");
        props.put("errors.deadletterqueue.topic.replication.factor", "1");
        props.put("errors.deadletterqueue.context.headers.enable", "true");
        connect.configureConnector("down-sink", props);
        connect.assertions().assertConnectorAndAtLeastNumTasksAreRunning("down-sink", 1, "down-sink did not start");

        produceAlerts("alerts-down", 2);
        connect.kafka().produce("alerts-down", "junk", "{not an alert");

        List<ConsumerRecord<byte[], byte[]>> dead = StreamSupport.stream(
                connect.kafka().consume(5, PATIENCE.toMillis(), "alerts-dlq").spliterator(), false).toList();
        assertThat(dead).extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("fp-1", "fp-1", "fp-2", "fp-2", "junk");
        assertThat(dead).extracting(record -> header(record, "__connect.errors.exception.message"))
                .anySatisfy(message -> assertThat(message).contains("gave up after 2 retries", "503"))
                .anySatisfy(message -> assertThat(message).contains("not valid JSON"));
        assertThat(receiver.answered("down", 503)).isGreaterThanOrEqualTo(3);
        assertThat(connect.connectorStatus("down-sink").tasks()).extracting(ConnectorStateInfo.TaskState::state)
                .containsOnly("RUNNING");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(pluginMetric("down-sink", "alerts-failed-total")).isEqualTo(5.0));
    }

    @Test
    void shouldFailTheTaskLoudlyWhenAlertsCannotBeDeliveredAndNoDeadLetterQueueIsSet() throws Exception {
        connect.kafka().createTopic("alerts-strict", 1);
        Map<String, String> props = sink("alerts-strict", receiver.baseUrl() + "/down");
        props.put("tasks.max", "1");
        props.put("retry.max.retries", "1");
        connect.configureConnector("strict-sink", props);
        connect.assertions().assertConnectorAndAtLeastNumTasksAreRunning("strict-sink", 1, "strict-sink did not start");

        connect.kafka().produce("alerts-strict", "fp-9", TestAlerts.json("9", "firing"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(connect.connectorStatus("strict-sink").tasks())
                .singleElement().satisfies(task -> {
                    assertThat(task.state()).isEqualTo("FAILED");
                    assertThat(task.trace()).contains("no dead-letter queue", "503");
                }));
    }

    @Test
    void shouldRejectThroughTheRestApiAConfigThatWouldDropAlertsSilently() {
        Map<String, String> props = sink("alerts-any", receiver.baseUrl() + "/flaky");
        props.put("errors.tolerance", "all");

        ConfigInfos result = connect.validateConnectorConfig("AlertSinkConnector", props);

        assertThat(result.errorCount()).isPositive();
        assertThat(result.configs()).extracting(info -> info.configValue().errors())
                .anySatisfy(errors -> assertThat(errors).anyMatch(error -> error.contains("without a trace")));
    }

    /** A task counter of the connector, summed over its tasks, read from the worker's JMX beans. */
    private static double pluginMetric(String connector, String name) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        double sum = 0;
        for (ObjectName bean : server.queryNames(new ObjectName("kafka.connect:type=plugins,connector=" + connector + ",*"), null)) {
            try {
                sum += ((Number) server.getAttribute(bean, name)).doubleValue();
            } catch (AttributeNotFoundException otherPlugin) {
                // a bean of another plugin of the same connector (a converter, a transform)
            }
        }
        return sum;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
