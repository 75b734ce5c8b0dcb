package io.errorpulse.cli;

import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessLogSettings;
import io.errorpulse.accesslog.LogSchema;
import io.errorpulse.accesslog.RequestClassifier;
import io.errorpulse.envelope.EnvelopeClassifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Offline classification: one JSON object per input line, in input order, through exactly the code
 * the stream uses (see DESIGN.md, "Offline classification").
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify access-log lines offline and print one JSON object per line.")
public final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--schema", defaultValue = "auto", paramLabel = "SCHEMA",
            description = "auto, default, ecs, otel, otlp, nginx, envoy, kong or apigw (default: ${DEFAULT-VALUE}).")
    String schema;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
            description = "Access-log file, one record per line; - or nothing for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        LogSchema logSchema = LogSchema.fromWireName(schema);
        AccessLogSettings defaults = AccessLogSettings.defaults();
        ClassifiedLines lines = new ClassifiedLines(
                AccessLogReaders.create(new AccessLogSettings(logSchema, defaults.fieldOverrides(), defaults.fingerprintKey())),
                new RequestClassifier(new EnvelopeClassifier()));
        try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            lines.classifyAll(reader, out);
            out.flush();
        }
        return 0;
    }
}
