package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The package stays pure: no Kafka (the offline CLI uses it) and no JSON tree on the record path. */
class EnvelopePackageTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "io", "errorpulse", "envelope");

    @Test
    void shouldImportNeitherKafkaNorJacksonDatabind() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SOURCES)) {
            files = list.filter(p -> p.toString().endsWith(".java")).toList();
        }

        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.getFileName().toString())
                    .doesNotContain("org.apache.kafka")
                    .doesNotContain("com.fasterxml.jackson.databind");
        }
    }
}
