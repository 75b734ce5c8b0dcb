package io.errorpulse.cli;

import io.errorpulse.config.ErrorpulseConfig;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Production mode: one instance against an existing Kafka cluster, until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an errorpulse instance against an existing Kafka cluster.")
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Properties file; ERRORPULSE_<KEY> environment variables override its keys.")
    Path configFile;

    @Override
    public Integer call() throws InterruptedException {
        ErrorpulseConfig config = ErrorpulseConfig.load(configFile, System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        ErrorpulseInstance instance = ErrorpulseInstance.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            instance.close();
            stopped.countDown();
        }, "errorpulse-shutdown"));
        System.out.println("errorpulse running; REST at " + instance.restBaseUrl());
        stopped.await();
        return 0;
    }
}
