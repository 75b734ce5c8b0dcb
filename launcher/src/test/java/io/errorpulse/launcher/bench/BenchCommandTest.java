package io.errorpulse.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class BenchCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bad-input-records | -1 | --bad-input-records must be 0 (no bad-input phase) or more, not -1",
        "--rounds            | 0  | --rounds must be 1 or more, not 0",
    })
    void shouldRefuseAnOptionOutOfRangeBeforeStartingAnything(String option, String value, String message) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand()).setErr(new PrintWriter(err));

        int exit = command.execute(option, value);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(message);
    }
}
