package io.errorpulse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorpulseConfigTest {

    @Test
    void shouldFailOnAnUnknownKeyNamingIt() {
        assertThatThrownBy(() -> new ErrorpulseConfig(Map.of("window.sise.ms", "1000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("window.sise.ms");
    }

    @Test
    void shouldFailOnAnInvalidValueNamingTheKey() {
        assertThatThrownBy(() -> new ErrorpulseConfig(Map.of(ErrorpulseConfig.REST_PORT_CONFIG, "eighty")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("rest.port");
        assertThatThrownBy(() -> new ErrorpulseConfig(Map.of(ErrorpulseConfig.PROCESSING_GUARANTEE_CONFIG, "maybe")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("processing.guarantee");
    }

    @Test
    void shouldRefuseNotANumberAndInfinityForEveryDoubleKey() {
        for (ConfigDef.ConfigKey key : ErrorpulseConfig.configDef().configKeys().values()) {
            if (key.type != ConfigDef.Type.DOUBLE) {
                continue;
            }
            for (String value : new String[] {"NaN", "Infinity", "-Infinity"}) {
                assertThatThrownBy(() -> new ErrorpulseConfig(Map.of(key.name, value)))
                        .as("%s = %s", key.name, value)
                        .isInstanceOf(ConfigException.class).hasMessageContaining(key.name);
            }
        }
    }

    @Test
    void shouldLetEnvironmentVariablesOverrideTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("errorpulse.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nrest.port=8081\n");

        ErrorpulseConfig config = ErrorpulseConfig.load(file, Map.of("ERRORPULSE_REST_PORT", "9090"));

        assertThat(config.bootstrapServers()).isEqualTo("file:9092");
        assertThat(config.getInt(ErrorpulseConfig.REST_PORT_CONFIG)).isEqualTo(9090);
    }

    @Test
    void shouldPassStreamsSettingsThroughWithoutTheirPrefix() {
        ErrorpulseConfig config = new ErrorpulseConfig(Map.of("streams.num.standby.replicas", "1"));

        assertThat(config.streamsOverrides()).containsEntry("num.standby.replicas", "1");
    }

    @Test
    void shouldPassFieldRemapsThroughWithoutTheirPrefix() {
        ErrorpulseConfig config = new ErrorpulseConfig(Map.of("log.field.store", "ctx.tenant,tenant"));

        assertThat(config.logFieldOverrides()).containsExactly(Map.entry("store", "ctx.tenant,tenant"));
    }

    @Test
    void shouldNameAMissingConfigFile(@TempDir Path dir) {
        assertThatThrownBy(() -> ErrorpulseConfig.load(dir.resolve("absent.properties"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("absent.properties");
    }
}
