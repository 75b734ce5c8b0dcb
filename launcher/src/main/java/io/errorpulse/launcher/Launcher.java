package io.errorpulse.launcher;

import io.errorpulse.cli.ErrorpulseCli;
import io.errorpulse.launcher.bench.BenchCommand;
import io.errorpulse.launcher.demo.DemoCommand;
import java.time.Duration;
import picocli.CommandLine;

/**
 * {@code ./errorpulse}: the deployable jar's commands ({@code run}, {@code classify}) plus those that
 * bring their own in-process broker ({@code demo}, {@code bench}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return ErrorpulseCli.commandLine()
                .addSubcommand(new DemoCommand())
                .addSubcommand(new BenchCommand())
                .registerConverter(Duration.class, new DurationConverter());
    }
}
