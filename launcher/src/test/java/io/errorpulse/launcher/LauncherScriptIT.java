package io.errorpulse.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./errorpulse} script as users run it, on the jar this build packaged. */
@Tag("integration")
class LauncherScriptIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void shouldListTheSubcommandsInHelp() throws Exception {
        Result help = run("--help");
        assertThat(help.exit).isZero();
        assertThat(help.stdout).contains("demo", "run", "classify");
    }

    @Test
    void shouldClassifyAFileOneJsonLinePerInputLine(@TempDir Path dir) throws Exception {
        Path logs = dir.resolve("access.log");
        Files.write(logs, List.of(
                "{\"ts\":\"2026-11-22T10:00:00Z\",\"store_id\":\"1042\",\"app_id\":\"app-1\",\"status\":401,"
                        + "\"response_body\":\"{\\\"message\\\":\\\"Invalid\\\",\\\"code\\\":\\\"invalid_token\\\",\\\"status\\\":401}\"}",
                "not an access log",
                "{\"ts\":1763805600000,\"store_id\":\"7\",\"app_id\":\"a\",\"status\":200,\"response_body\":\"{}\"}"),
                StandardCharsets.UTF_8);

        Result classify = run("classify", logs.toString());

        assertThat(classify.exit).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : classify.stdout.strip().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("ok").asBoolean()).isTrue();
        assertThat(lines.get(0).get("store").asText()).isEqualTo("1042");
        assertThat(lines.get(0).get("status").asInt()).isEqualTo(401);
        assertThat(lines.get(0).get("alert_class").asText()).isEqualTo("auth_failure");
        assertThat(lines.get(0).get("event_time").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(lines.get(1).get("ok").asBoolean()).isFalse();
        assertThat(lines.get(1).get("reason").asText()).isNotBlank();
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(2).get("alert_class").asText()).isEqualTo("none");
    }

    /**
     * A small bench with every stage measured: scripts read its last line, and each run shows where its CPU
     * went, how long its records took to cross the internal topics after its input was read, and that every
     * record was counted.
     */
    @Test
    void shouldEndABenchWithTheRatioLineScriptsRead() throws Exception {
        Result bench = run(Duration.ofMinutes(5), "bench", "--records", "20000", "--warmup", "20000", "--rounds", "1",
                "--storms", "0", "--bad-input-records", "0", "--stages");

        assertThat(bench.exit).isZero();
        List<String> lines = bench.stdout.strip().lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .matches("throughput ratio: \\d+\\.\\d\\d \\(errorpulse \\d+ rec/s, baseline \\d+ rec/s, EOS\\)");
        assertThat(lines).filteredOn(line -> (line.startsWith("  baseline: ") || line.startsWith("  errorpulse: "))
                        && line.contains(" records in its windows"))
                .hasSize(2) // the measured round of each application
                .allSatisfy(line -> assertThat(line).containsPattern(" s, the last \\d+\\.\\d s after its input was committed;")
                        .contains("20,000 records in its windows, 0 not counted",
                        "CPU per record: process ", " us, stream threads ", " us, machine "));
        for (String stage : List.of("read", "classify", "combine", "count", "detect")) {
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("    up to " + stage + ":").contains(" rec/s, "));
        }
        for (String stage : List.of("count", "detect")) { // the stages with windows show they counted every record
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  round 1, up to " + stage + " ")
                    .contains("20,000 records in its windows, 0 not counted"));
        }
    }

    private record Result(int exit, String stdout) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(Duration.ofSeconds(120), args);
    }

    private static Result run(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("errorpulse").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        return new Result(process.exitValue(), stdout);
    }
}
