package io.errorpulse.cli;

import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.RequestClassifier;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.topology.TopologySettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Offline classification: one JSON object per input line, in input order, through exactly the code
 * and the settings the stream uses (see DESIGN.md, "Offline classification").
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify access-log lines offline and print one JSON object per line.")
public final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "auto, default, ecs, otel, otlp, nginx, envoy, kong or apigw (default: the config's, else auto).")
    String schema;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The instance's properties file, for its field remaps and code mappings.")
    Path configFile;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
            description = "Access-log file, one record per line; - or nothing for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        TopologySettings settings = TopologySettings.from(config(), "");
        ClassifiedLines lines = new ClassifiedLines(AccessLogReaders.create(settings.accessLogs()),
                new RequestClassifier(settings.envelopes()));
        try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            lines.classifyAll(reader, out);
            out.flush();
        }
        return 0;
    }

    private ErrorpulseConfig config() {
        Map<String, Object> props = new HashMap<>();
        if (configFile != null) {
            props.putAll(ErrorpulseConfig.load(configFile, System.getenv()).originals());
        }
        if (schema != null) {
            props.put(ErrorpulseConfig.LOG_SCHEMA_CONFIG, schema);
        }
        return new ErrorpulseConfig(props);
    }
}
