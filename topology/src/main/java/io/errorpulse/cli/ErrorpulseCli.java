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
        return new CommandLine(new ErrorpulseCli()).setExecutionExceptionHandler(ErrorpulseCli::reportFailure);
    }

    /** A bad configuration or argument is a one-line message naming what is wrong, not a stack trace. */
    static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        boolean usage = e instanceof org.apache.kafka.common.config.ConfigException
                || e instanceof IllegalArgumentException || e instanceof java.nio.file.NoSuchFileException
                || e instanceof io.errorpulse.envelope.CodeTableException;
        commandLine.getErr().println("errorpulse " + commandLine.getCommandName() + ": "
                + (e instanceof java.nio.file.NoSuchFileException ? "no such file " + e.getMessage() : e.getMessage()));
        if (!usage) {
            e.printStackTrace(commandLine.getErr());
        }
        return usage ? 2 : 1;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
