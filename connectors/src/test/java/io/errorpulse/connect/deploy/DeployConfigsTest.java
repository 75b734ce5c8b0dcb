package io.errorpulse.connect.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.errorpulse.connect.AlertSinkConnector;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the files docker-compose.yml and the shippers rely on: with the real tools (promtool,
 * amtool, rsyslogd) when this machine has them, skipped with a message when it does not.
 */
class DeployConfigsTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void shouldPassPromtoolCheckConfig() throws Exception {
        assertThat(run("promtool", "check", "config", "deploy/prometheus/prometheus.yml")).isZero();
    }

    @Test
    void shouldPassAmtoolCheckConfig() throws Exception {
        assertThat(run("amtool", "check-config", "deploy/alertmanager/alertmanager.yml")).isZero();
    }

    @Test
    void shouldPassRsyslogConfigValidation(@TempDir Path dir) throws Exception {
        Path main = dir.resolve("rsyslog.conf");
        Files.writeString(main, "global(workDirectory=\"" + dir + "\")\ninclude(file=\""
                + ROOT.resolve("connectors/shippers/rsyslog/errorpulse-omkafka.conf").toAbsolutePath() + "\")\n");

        assertThat(run(Map.of("ACCESS_LOG_FILE", dir.resolve("access.log").toString(), "KAFKA_BROKERS", "127.0.0.1:9092"),
                "rsyslogd", "-N1", "-f", main.toString())).isZero();
    }

    static Stream<String> connectorConfigs() {
        return Stream.of("deploy/connect/alertmanager-sink.properties", "deploy/connect/webhook-sink.properties");
    }

    @ParameterizedTest
    @MethodSource("connectorConfigs")
    void shouldShipConnectorConfigsThatValidate(String file) throws IOException {
        Map<String, String> props = withSampleEnvironment(load(ROOT.resolve(file)));

        List<ConfigValue> values = new AlertSinkConnector().validate(props).configValues();

        assertThat(props.get("connector.class")).isEqualTo(AlertSinkConnector.class.getName());
        assertThat(values).allSatisfy(value -> assertThat(value.errorMessages()).as(value.name()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("instanceConfigs")
    void shouldOnlyUseDocumentedKeysInTheInstanceConfigs(String file) throws IOException {
        String reference = Files.readString(ROOT.resolve("docs/configuration.md"));

        assertThat(load(ROOT.resolve(file)).keySet())
                .allSatisfy(key -> assertThat(reference).as(key).contains("| `" + key + "` |"));
    }

    static Stream<String> instanceConfigs() {
        return Stream.of("deploy/errorpulse/errorpulse-1.properties", "deploy/errorpulse/errorpulse-2.properties");
    }

    @Test
    void shouldDefineTheWholeStackInDockerCompose() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());

        assertThat(compose.path("services").fieldNames()).toIterable().contains(
                "kafka", "errorpulse-1", "errorpulse-2", "connect", "prometheus", "alertmanager", "traffic");
        assertThat(compose.path("services").path("kafka").path("image").asText()).startsWith("apache/kafka:");
    }

    @Test
    void shouldMountOnlyDeployFilesThatExist() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("docker-compose.yml").toFile()).path("services");
        services.forEach(service -> service.path("volumes").forEach(volume -> {
            String source = volume.asText().split(":")[0];
            if (source.startsWith("./deploy")) {
                assertThat(ROOT.resolve(source)).exists();
            }
        }));
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        Map<String, String> props = new HashMap<>();
        properties.forEach((key, value) -> props.put(key.toString(), value.toString()));
        return props;
    }

    /** Stands in for the worker's EnvVarConfigProvider, with values like the compose file's. */
    private static Map<String, String> withSampleEnvironment(Map<String, String> props) {
        Map<String, String> env = Map.of("ALERTMANAGER_URL", "http://alertmanager:9093",
                "WEBHOOK_URL", "https://hooks.example.com/errorpulse", "WEBHOOK_SECRET", "a-sample-secret-0123456789");
        Map<String, String> resolved = new HashMap<>();
        props.forEach((key, value) -> resolved.put(key,
                value.startsWith("${env:") ? env.get(value.substring(6, value.length() - 1)) : value));
        return resolved;
    }

    private static int run(String... command) throws Exception {
        return run(Map.of(), command);
    }

    private static int run(Map<String, String> env, String... command) throws Exception {
        if (!onPath(command[0])) {
            abort(command[0] + " is not installed here; skipping this check (apt-get install "
                    + (command[0].equals("rsyslogd") ? "rsyslog-kafka" : "prometheus prometheus-alertmanager") + ")");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        return process.exitValue();
    }

    private static boolean onPath(String binary) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, binary)));
    }
}
