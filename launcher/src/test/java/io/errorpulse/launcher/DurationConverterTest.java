package io.errorpulse.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void shouldReadDurationsAsPeopleWriteThem() {
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(converter.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(converter.convert("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(converter.convert("PT2M")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void shouldRejectWhatIsNotADuration() {
        assertThatThrownBy(() -> converter.convert("soon")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> converter.convert("")).isInstanceOf(CommandLine.TypeConversionException.class);
    }

    @Test
    void shouldAcceptAHumanDurationOnTheDemoCommandLine() {
        CommandLine.ParseResult parsed = Launcher.commandLine().parseArgs("demo", "--duration", "90s");
        assertThat(parsed.subcommand().matchedOptionValue("--duration", Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void shouldFailTheDemoCommandLineOnABadDuration() {
        int exit = Launcher.commandLine().setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                .execute("demo", "--duration", "forever");
        assertThat(exit).isEqualTo(2);
    }
}
