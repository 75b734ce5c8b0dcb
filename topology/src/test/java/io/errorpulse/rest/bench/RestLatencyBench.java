package io.errorpulse.rest.bench;

import io.errorpulse.cli.ErrorpulseInstance;
import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.rest.ApiKeys;
import io.errorpulse.topology.ErrorpulseTopology;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Latency of the rates route for a one-hour range of one store/app, answered locally and forwarded,
 * at a fixed arrival rate (open loop: latency counts from the intended send time, so a stall is not
 * hidden by the client waiting for it). Starts an in-process broker and two instances, loads an hour
 * of traffic, then measures. Not a test: run it with scripts/rest-bench.sh and read the figures.
 *
 * <p>Arguments: [rate per second, default 1000] [seconds measured per case, default 30]; or
 * {@code serve}: load the same data, print the two URLs and the API key, and serve until
 * killed, so that an external load generator (wrk) in its own process can measure.
 */
public final class RestLatencyBench {

    private static final String KEY = "bench-key";
    private static final int STORES = 64;
    private static final int APPS = 4;
    private static final int PER_MINUTE = 5;
    /**
     * At most this many requests outstanding: past it the sender waits (and the wait counts in the
     * latency, which is measured from the intended send time) instead of opening ever more connections
     * until the process runs out of file descriptors.
     */
    private static final int MAX_IN_FLIGHT = 256;

    private RestLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean serve = args.length > 0 && args[0].equals("serve");
        int rate = args.length > 0 && !serve ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (InProcessKafka kafka = InProcessKafka.start()) {
            kafka.createTopics(Map.of("api-access-logs", 4, "error-alerts", 2, "api-access-logs-dlq", 1));
            String applicationId = "errorpulse-bench-" + UUID.randomUUID();
            try (ErrorpulseInstance a = ErrorpulseInstance.start(config(kafka, applicationId));
                 ErrorpulseInstance b = ErrorpulseInstance.start(config(kafka, applicationId))) {
                awaitRunning(a, b);
                Instant to = Instant.now().truncatedTo(ChronoUnit.MINUTES);
                Instant from = to.minus(Duration.ofHours(1));
                produceHour(kafka, from);
                String local = storeOwnedBy(a, a);
                String remote = storeOwnedBy(a, b);
                String query = "/apps/app-1/rates?from=" + from + "&to=" + to;
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                awaitCounts(client, a.restBaseUrl() + "/v1/stores/" + local + query);
                awaitCounts(client, a.restBaseUrl() + "/v1/stores/" + remote + query);
                if (serve) {
                    System.out.println("local: " + a.restBaseUrl() + "/v1/stores/" + local + query);
                    System.out.println("forwarded: " + a.restBaseUrl() + "/v1/stores/" + remote + query);
                    System.out.println("key: " + KEY);
                    System.out.flush();
                    Thread.currentThread().join();
                }
                System.out.printf("one-hour range, 60 one-minute steps, %d req/s, %d s per case%n", rate, seconds);
                run(client, "warm-up (local)", a.restBaseUrl() + "/v1/stores/" + local + query, rate, 10);
                run(client, "warm-up (forwarded)", a.restBaseUrl() + "/v1/stores/" + remote + query, rate, 10);
                System.out.printf("machine load average before measuring: %.1f on %d cores%n",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                run(client, "local", a.restBaseUrl() + "/v1/stores/" + local + query, rate, seconds);
                run(client, "forwarded", a.restBaseUrl() + "/v1/stores/" + remote + query, rate, seconds);
            }
        }
        System.exit(0);
    }

    private static ErrorpulseConfig config(InProcessKafka kafka, String applicationId) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put(ErrorpulseConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ErrorpulseConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(ErrorpulseConfig.STATE_DIR_CONFIG, Files.createTempDirectory("errorpulse-bench").toString());
        props.put(ErrorpulseConfig.REST_PORT_CONFIG, InProcessKafka.freePort());
        props.put(ErrorpulseConfig.REST_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_ADVERTISED_HOST_CONFIG, "127.0.0.1");
        props.put(ErrorpulseConfig.REST_API_KEYS_CONFIG, ApiKeys.entryFor(KEY, null));
        props.put(ErrorpulseConfig.WINDOW_GRACE_MS_CONFIG, Duration.ofHours(2).toMillis());
        return new ErrorpulseConfig(props);
    }

    private static void awaitRunning(ErrorpulseInstance a, ErrorpulseInstance b) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!(a.streams().state() == KafkaStreams.State.RUNNING && b.streams().state() == KafkaStreams.State.RUNNING
                && a.streams().streamsMetadataForStore(ErrorpulseTopology.STORE_MINUTE_COUNTS).size() == 2)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("instances did not start");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    /** An hour of traffic, oldest first: every store, app and minute gets a few requests, some failing. */
    private static void produceHour(InProcessKafka kafka, Instant from) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new StringSerializer())) {
            for (int minute = 0; minute < 60; minute++) {
                Instant at = from.plus(Duration.ofMinutes(minute)).plusSeconds(1);
                for (int store = 0; store < STORES; store++) {
                    for (int app = 1; app <= APPS; app++) {
                        for (int n = 0; n < PER_MINUTE; n++) {
                            int status = n == 0 ? 401 : n == 1 ? 429 : 200;
                            producer.send(new ProducerRecord<>("api-access-logs", "{\"ts\":\"" + at + "\",\"store_id\":\""
                                    + (5000 + store) + "\",\"app_id\":\"app-" + app + "\",\"status\":" + status
                                    + ",\"response_body\":\"{\\\"code\\\":\\\"c" + status + "\\\"}\"}"));
                        }
                    }
                }
            }
            producer.flush();
        }
    }

    private static String storeOwnedBy(ErrorpulseInstance asker, ErrorpulseInstance owner) {
        for (int store = 0; store < STORES; store++) {
            HostInfo host = asker.streams().queryMetadataForKey(ErrorpulseTopology.STORE_MINUTE_COUNTS,
                    String.valueOf(5000 + store), Serdes.String().serializer()).activeHost();
            if (owner.restBaseUrl().equals("http://" + host.host() + ":" + host.port())) {
                return String.valueOf(5000 + store);
            }
        }
        throw new IllegalStateException("no store owned by " + owner.restBaseUrl());
    }

    private static void awaitCounts(HttpClient client, String url) throws Exception {
        String expected = "\"requests\":" + (60 * PER_MINUTE);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            String body = client.send(request(url), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"totals\":{" + expected)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("counts did not arrive: " + body.substring(0, Math.min(300, body.length())));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + KEY).build();
    }

    /** Sends {@code rate} requests a second for {@code seconds} and prints the latency percentiles. */
    private static void run(HttpClient client, String name, String url, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        HttpRequest request = request(url);
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            int index = i;
            client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - intended;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                inFlight.release();
                done.countDown();
            });
        }
        done.await(2, TimeUnit.MINUTES);
        double achieved = total / ((System.nanoTime() - start) / 1e9);
        double cpuPerRequest = (processCpuNanos() - cpuBefore) / 1e6 / total;
        Arrays.sort(latencies);
        System.out.printf("%-20s n=%d achieved=%.0f/s errors=%d p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms"
                        + " cpu/request=%.2fms (whole JVM: broker, both instances, client)%n",
                name, total, achieved, errors.get(), ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                ms(latencies, 0.999), latencies[total - 1] / 1e6, cpuPerRequest);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
