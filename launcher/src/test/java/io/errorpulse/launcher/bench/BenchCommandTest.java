package io.errorpulse.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void shouldRefuseANegativeBadInputCountBeforeStartingAnything() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand()).setErr(new PrintWriter(err));

        int exit = command.execute("--bad-input-records", "-1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--bad-input-records must be 0 (no bad-input phase) or more, not -1");
    }

    @Test
    void shouldRefuseLessThanOneRoundBeforeStartingAnything() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand()).setErr(new PrintWriter(err));

        int exit = command.execute("--rounds", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--rounds must be 1 or more, not 0");
    }
}
