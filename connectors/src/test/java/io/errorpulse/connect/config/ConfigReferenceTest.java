package io.errorpulse.connect.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/connector-config.md in step with the ConfigDef. After changing a key, regenerate with
 * {@code mvn -pl connectors test -Dtest=ConfigReferenceTest -Dconnector.docs.write=true}.
 */
class ConfigReferenceTest {

    private static final Path REFERENCE = Path.of("..", "docs", "connector-config.md");

    @Test
    void shouldMatchTheCommittedConfigReference() throws IOException {
        String generated = new ConfigReference(AlertSinkConfig.configDef()).toMarkdown();
        if (Boolean.getBoolean("connector.docs.write")) {
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }

        assertThat(REFERENCE).as("regenerate with -Dconnector.docs.write=true").hasContent(generated);
    }

    @Test
    void shouldListEveryKeyUnderItsGroup() {
        String generated = new ConfigReference(AlertSinkConfig.configDef()).toMarkdown();

        assertThat(generated).contains("## Target", "## Connection", "## Retries", "## Batching", "## Errors");
        AlertSinkConfig.configDef().names().forEach(name -> assertThat(generated).contains("### `" + name + "`"));
        assertThat(generated).contains("- Default: required", "- Valid values: [alertmanager, webhook]");
    }
}
