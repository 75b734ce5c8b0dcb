package io.errorpulse.launcher.bench;

import io.errorpulse.traffic.AccessLogLine;
import io.errorpulse.traffic.TrafficGenerator;
import io.errorpulse.traffic.TrafficModel;
import io.errorpulse.traffic.framing.FramingMix;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Live traffic for the alert-latency measurement: background requests at a fixed rate with current
 * event times, and, one after the other, short storms of rejected tokens on stores of their own (one
 * app each, with a trickle of successful requests before and during the storm). The spike rule is
 * replayed here on what was sent to each storm's store and app, so the record that crosses the line
 * (at least {@code minEvents} failures at a rate of at least {@code rateFloor} in its one-minute
 * window) is known, with the moment it was handed to the producer.
 */
final class LiveStorms implements AutoCloseable {

    /** One injected storm and when its crossing record was produced ({@code System.nanoTime()}, -1: not yet). */
    static final class StormTarget {
        final String store;
        final String app;
        final long startAfterMs;
        volatile long crossedAtNanos = -1;
        long windowStart = -1;
        long requests;
        long failures;

        StormTarget(String store, String app, long startAfterMs) {
            this.store = store;
            this.app = app;
            this.startAfterMs = startAfterMs;
        }
    }

    private static final int TICKS_PER_SECOND = 50;
    private static final int STORM_PER_SECOND = 200;
    private static final int TRICKLE_PER_SECOND = 10;
    private static final long STORM_MS = 4_000;
    private static final String FAILURE_BODY = "{\"message\":\"Invalid or expired access token.\",\"code\":\"invalid_token\",\"status\":401}";
    private static final String OK_BODY = "{\"id\":1,\"ok\":true}";

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final int backgroundPerSecond;
    private final int minEvents;
    private final double rateFloor;
    private final TrafficGenerator background;
    private final List<StormTarget> storms;
    private final Map<String, StormTarget> byKey = new ConcurrentHashMap<>();
    private final Random random = new Random(7);
    private final AtomicLong produced = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private long startedMs;

    LiveStorms(String bootstrapServers, String topic, int backgroundPerSecond, int stormCount, long stormEveryMs,
               int minEvents, double rateFloor) {
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "linger.ms", 5),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.backgroundPerSecond = backgroundPerSecond;
        this.minEvents = minEvents;
        this.rateFloor = rateFloor;
        this.background = new TrafficGenerator(TrafficModel.background(BenchRecords.STORES, BenchRecords.APPS, List.of()), 11);
        this.storms = java.util.stream.IntStream.range(0, stormCount)
                .mapToObj(i -> new StormTarget(Integer.toString(9001 + i), "app-01", 3_000 + i * stormEveryMs))
                .toList();
        storms.forEach(s -> byKey.put(s.store + "|" + s.app, s));
        this.thread = new Thread(this::play, "bench-live-traffic");
        this.thread.setDaemon(true);
    }

    LiveStorms start() {
        startedMs = System.currentTimeMillis();
        thread.start();
        return this;
    }

    List<StormTarget> storms() {
        return storms;
    }

    StormTarget storm(String store, String app) {
        return byKey.get(store + "|" + app);
    }

    long produced() {
        return produced.get();
    }

    boolean finished() {
        return !thread.isAlive();
    }

    private void play() {
        long tickNanos = 1_000_000_000L / TICKS_PER_SECOND;
        long next = System.nanoTime();
        double backgroundDue = 0;
        long lastStormEnd = storms.isEmpty() ? 0 : storms.get(storms.size() - 1).startAfterMs + STORM_MS;
        long tick = 0;
        while (running) {
            long now = System.currentTimeMillis();
            long elapsed = now - startedMs;
            if (elapsed > lastStormEnd + 2_000) {
                break;
            }
            backgroundDue += (double) backgroundPerSecond / TICKS_PER_SECOND;
            for (; backgroundDue >= 1; backgroundDue--) {
                send(FramingMix.reframe(background.next(now)), null);
            }
            for (StormTarget storm : storms) {
                playStorm(storm, now, elapsed, tick);
            }
            producer.flush();
            tick++;
            next += tickNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The storm's store gets a trickle of successes from a second before its storm, then the storm on top. */
    private void playStorm(StormTarget storm, long now, long elapsed, long tick) {
        long from = storm.startAfterMs - 1_000;
        long until = storm.startAfterMs + STORM_MS;
        if (elapsed < from || elapsed >= until) {
            return;
        }
        if (tick % (TICKS_PER_SECOND / TRICKLE_PER_SECOND) == 0) {
            sendFor(storm, now, 200, OK_BODY);
        }
        if (elapsed >= storm.startAfterMs) {
            for (int i = 0; i < STORM_PER_SECOND / TICKS_PER_SECOND; i++) {
                sendFor(storm, now, 401, FAILURE_BODY);
            }
        }
    }

    private void sendFor(StormTarget storm, long now, int status, String body) {
        long window = now - Math.floorMod(now, 60_000L);
        if (window != storm.windowStart) {
            storm.windowStart = window;
            storm.requests = 0;
            storm.failures = 0;
        }
        storm.requests++;
        if (status == 401) {
            storm.failures++;
        }
        boolean crosses = storm.crossedAtNanos < 0 && storm.failures >= minEvents
                && (double) storm.failures / storm.requests >= rateFloor;
        String token = "sx_at_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        send(AccessLogLine.defaultFraming(now, storm.store, storm.app, status, body, token), crosses ? storm : null);
    }

    private void send(String line, StormTarget crossing) {
        if (crossing != null) {
            crossing.crossedAtNanos = System.nanoTime();
        }
        producer.send(new ProducerRecord<>(topic, line.getBytes(StandardCharsets.UTF_8)));
        produced.incrementAndGet();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
    }
}
