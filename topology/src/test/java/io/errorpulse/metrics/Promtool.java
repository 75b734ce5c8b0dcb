package io.errorpulse.metrics;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs {@code promtool check metrics} when promtool is on the PATH (CI machines may not have it). */
public final class Promtool {

    private Promtool() {
    }

    public static boolean installed() {
        return executable().isPresent();
    }

    /** promtool's complaints about {@code exposition}; empty when it passes. */
    public static String checkMetrics(String exposition) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable().orElseThrow().toString(), "check", "metrics")
                .redirectErrorStream(true).start();
        process.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "promtool did not finish";
        }
        return process.exitValue() == 0 ? output : output + " (exit " + process.exitValue() + ")";
    }

    private static Optional<Path> executable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
