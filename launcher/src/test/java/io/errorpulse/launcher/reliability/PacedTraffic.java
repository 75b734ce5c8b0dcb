package io.errorpulse.launcher.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Steady traffic for the reliability tests: every tick, successful requests over a few stores and apps,
 * and every {@code stormEveryTicks} ticks a storm of rejected tokens on a store of its own. A record
 * enters the ground truth once the broker acknowledged it; {@link #stop()} waits for every
 * acknowledgement and fails when any send failed.
 */
final class PacedTraffic implements AutoCloseable {

    static final int STORM_FAILURES = 60;
    static final int STORM_SUCCESSES = 20;
    private static final long TICK_MS = 50;

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final int perTick;
    private final int stormEveryTicks;
    private final GroundTruth truth = new GroundTruth();
    private final List<String> storms = new ArrayList<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicLong ticks = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    PacedTraffic(String bootstrapServers, String topic, int perTick, int stormEveryTicks) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000, ProducerConfig.LINGER_MS_CONFIG, 5),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.perTick = perTick;
        this.stormEveryTicks = stormEveryTicks;
    }

    PacedTraffic start() {
        timer.scheduleAtFixedRate(this::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Stops producing and waits until everything sent was acknowledged. */
    void stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(30, TimeUnit.SECONDS);
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("the test's producer failed", failure.get());
        }
    }

    GroundTruth truth() {
        return truth;
    }

    synchronized List<String> storms() {
        return List.copyOf(storms);
    }

    private void tick() {
        long tick = ticks.getAndIncrement();
        long now = System.currentTimeMillis();
        for (int i = 0; i < perTick; i++) {
            String store = "c" + (1 + (tick * perTick + i) % 20);
            String app = "app-" + (1 + i % 3);
            send(store, app, now, 200, AccessLines.OK_BODY);
        }
        if (stormEveryTicks > 0 && tick % stormEveryTicks == stormEveryTicks / 2) {
            String store = "storm-" + tick;
            for (int i = 0; i < STORM_SUCCESSES + STORM_FAILURES; i++) {
                boolean fails = i >= STORM_SUCCESSES;
                send(store, "app-1", now, fails ? 401 : 200, fails ? AccessLines.INVALID_TOKEN_BODY : AccessLines.OK_BODY);
            }
            synchronized (this) {
                storms.add(store);
            }
        }
    }

    private void send(String store, String app, long eventTimeMs, int status, String body) {
        byte[] line = AccessLines.line(eventTimeMs, store, app, status, body).getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topic, line), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            } else {
                truth.add(store, app, eventTimeMs);
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        producer.close();
    }
}
