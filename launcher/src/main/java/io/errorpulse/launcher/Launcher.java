package io.errorpulse.launcher;

import io.errorpulse.cli.ClassifyCommand;
import io.errorpulse.cli.RunCommand;
import io.errorpulse.cli.VersionProvider;
import io.errorpulse.launcher.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./errorpulse}: the production commands ({@code run}, {@code classify}) plus the ones that
 * bring their own in-process broker ({@code demo}).
 */
@Command(name = "errorpulse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Error-envelope rates and spike alerts per store and app, on Kafka Streams.", ""},
        subcommands = {DemoCommand.class, RunCommand.class, ClassifyCommand.class, CommandLine.HelpCommand.class})
public final class Launcher implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Launcher()).registerConverter(java.time.Duration.class, new DurationConverter());
    }
}
