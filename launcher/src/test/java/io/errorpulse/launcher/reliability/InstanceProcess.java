package io.errorpulse.launcher.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An errorpulse instance in a JVM of its own, started from the jar this build packaged
 * ({@code java -jar launcher/target/errorpulse.jar run --config FILE}), so that it can be killed as an
 * operating system kills a process: SIGKILL, no shutdown hook, no clean close.
 */
final class InstanceProcess implements AutoCloseable {

    /** The repository root: failsafe runs in the module's directory. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private final Process process;

    private InstanceProcess(Process process) {
        this.process = process;
    }

    static InstanceProcess start(Path configFile, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar",
                ROOT.resolve("launcher/target/errorpulse.jar").toString(), "run", "--config", configFile.toString()))
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new InstanceProcess(process);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the instance closes cleanly through its shutdown hook. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
