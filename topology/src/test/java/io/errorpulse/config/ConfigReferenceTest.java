package io.errorpulse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {

    @Test
    void shouldKeepTheCommittedReferenceInStepWithTheConfigDef() throws Exception {
        Path committed = Path.of("..", "docs", "configuration.md");
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("docs/configuration.md is stale: regenerate it with "
                        + "mvn -q -pl topology exec:java -Dexec.mainClass=io.errorpulse.config.ConfigReference "
                        + "-Dexec.args=../docs/configuration.md")
                .isEqualTo(ConfigReference.markdown());
    }
}
