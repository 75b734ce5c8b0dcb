package io.errorpulse.launcher.demo;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.rest.ApiKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the whole product on this machine: an in-process Kafka broker, the topology, the REST server,
 * live traffic with injected storms, and alerts on the console. Lifecycle and wiring only.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run errorpulse end to end on an in-process Kafka broker, with live traffic and storms.",
                "Prints the bootstrap address, the REST base URL and an API key, then alerts as they fire and resolve."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--no-traffic", description = "Start without the traffic generator (feed api-access-logs yourself).")
    boolean noTraffic;

    @Option(names = "--duration", paramLabel = "DURATION",
            description = "Stop by itself after this long (e.g. 90s, 5m); default: until Ctrl-C.")
    Duration duration;

    @Option(names = "--rate", defaultValue = "400", paramLabel = "N",
            description = "Requests per second the traffic generator plays (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--rest-port", defaultValue = "8080", paramLabel = "PORT",
            description = "REST port; a free one is taken when it is busy (default: ${DEFAULT-VALUE}).")
    int restPort;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("errorpulse demo: starting an in-process Kafka broker...");
        Path stateDir = Files.createTempDirectory("errorpulse-demo-state");
        InProcessKafka kafka = InProcessKafka.start();
        CountDownLatch stopped = new CountDownLatch(1);
        DemoRun run = new DemoRun(kafka, stateDir);
        Thread hook = new Thread(() -> {
            run.close();
            stopped.countDown();
        }, "errorpulse-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        ErrorpulseConfig config = config(kafka.bootstrapServers(), stateDir, usablePort(restPort), run.apiKey);
        kafka.createTopics(Map.of(
                config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG), 3,
                config.getString(ErrorpulseConfig.TOPIC_ALERTS_CONFIG), 1,
                config.getString(ErrorpulseConfig.TOPIC_DEAD_LETTER_CONFIG), 1));
        run.instance = ErrorpulseInstance.start(config);
        String base = run.instance.restBaseUrl();
        out.println();
        out.println("  bootstrap: " + kafka.bootstrapServers());
        out.println("  rest:      " + base);
        out.println("  api key:   " + run.apiKey);
        out.println();
        String curl = "  curl -s -H 'Authorization: Bearer " + run.apiKey + "' '" + base;
        out.println("  curl -s " + base + "/healthz");
        out.println("  curl -s " + base + "/readyz");
        out.println("  curl -s " + base + "/metrics");
        out.println("  curl -s " + base + "/openapi.json");
        out.println(curl + "/v1/stores/1042/rates'");
        out.println(curl + "/v1/stores/1003/apps/app-07/rates?step=5m'");
        out.println(curl + "/v1/stores/1042/codes'");
        out.println(curl + "/v1/top/stores?class=auth_failure'");
        out.println(curl + "/v1/top/apps?class=server_error'");
        out.println(curl + "/v1/alerts'");
        out.println("  kcat -C -b " + kafka.bootstrapServers() + " -t " + config.getString(ErrorpulseConfig.TOPIC_ALERTS_CONFIG)
                + " -o beginning -e");
        out.println();
        run.console = new AlertConsole(kafka.bootstrapServers(), config.getString(ErrorpulseConfig.TOPIC_ALERTS_CONFIG),
                config.getString(ErrorpulseConfig.TOPIC_DEAD_LETTER_CONFIG), out).start();
        if (!noTraffic) {
            run.traffic = new DemoTraffic(kafka.bootstrapServers(),
                    config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG), rate, System.currentTimeMillis()).start();
            out.println("traffic: " + rate + " req/s over " + DemoTraffic.STORES + " stores x " + DemoTraffic.APPS
                    + " apps; storms: auth_failure on store 1042 at +10s, rate_limited on 1003/app-07 at +20s,"
                    + " server_error on 1002/app-03 at +30s (75s each)");
        } else {
            out.println("no traffic generator: produce access-log lines to "
                    + config.getString(ErrorpulseConfig.TOPIC_ACCESS_LOGS_CONFIG) + " at " + kafka.bootstrapServers());
        }
        out.println("Ctrl-C stops." + (duration == null ? "" : " Stopping by itself after " + duration.toSeconds() + "s."));
        run.progress = new ProgressLine(run, out).start();

        boolean finished = duration == null ? awaitForever(stopped) : stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            out.println("demo: duration reached, stopping");
            Runtime.getRuntime().removeShutdownHook(hook);
            run.close();
        }
        return 0;
    }

    private static boolean awaitForever(CountDownLatch stopped) throws InterruptedException {
        stopped.await();
        return true;
    }

    private static ErrorpulseConfig config(String bootstrap, Path stateDir, int port, String apiKey) {
        Map<String, Object> props = new HashMap<>();
        props.put(ErrorpulseConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ErrorpulseConfig.APPLICATION_ID_CONFIG, "errorpulse-demo");
        props.put(ErrorpulseConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(ErrorpulseConfig.REST_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_ADVERTISED_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_PORT_CONFIG, port);
        props.put(ErrorpulseConfig.REST_API_KEYS_CONFIG, ApiKeys.entryFor(apiKey, null));
        return new ErrorpulseConfig(props);
    }

    private static int usablePort(int preferred) {
        try (ServerSocket socket = new ServerSocket(preferred, 50, java.net.InetAddress.getLoopbackAddress())) {
            return preferred;
        } catch (IOException busy) {
            return InProcessKafka.freePort();
        }
    }

    /** Everything the demo started, closed in reverse order exactly once. */
    static final class DemoRun implements AutoCloseable {
        final InProcessKafka kafka;
        final Path stateDir;
        final String apiKey = "demo-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        volatile ErrorpulseInstance instance;
        volatile AlertConsole console;
        volatile DemoTraffic traffic;
        volatile ProgressLine progress;
        private boolean closed;

        DemoRun(InProcessKafka kafka, Path stateDir) {
            this.kafka = kafka;
            this.stateDir = stateDir;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(progress);
            closeQuietly(traffic);
            closeQuietly(console);
            closeQuietly(instance);
            closeQuietly(kafka);
            deleteTree(stateDir);
        }

        private static void closeQuietly(AutoCloseable closeable) {
            if (closeable == null) {
                return;
            }
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("demo: error while stopping: " + e.getMessage());
            }
        }

        private static void deleteTree(Path dir) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
