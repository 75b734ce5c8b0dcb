package io.errorpulse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The errorpulse command line of the deployable jar: {@code run} and {@code classify}. */
@Command(name = "errorpulse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Error-envelope rates and spike alerts per store and app, on Kafka Streams.", ""},
        subcommands = {RunCommand.class, ClassifyCommand.class, CommandLine.HelpCommand.class})
public final class ErrorpulseCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line; launchers with more commands add their subcommands to it. */
    public static CommandLine commandLine() {
        return new CommandLine(new ErrorpulseCli());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
