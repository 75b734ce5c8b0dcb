package io.errorpulse.launcher.demo;

import io.errorpulse.traffic.Storm;
import io.errorpulse.traffic.StormKind;
import io.errorpulse.traffic.TrafficGenerator;
import io.errorpulse.traffic.TrafficModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The demo's live traffic: many stores and apps at a steady rate, event time = now, with three storms
 * injected shortly after start: rejected tokens on store 1042, a wall of 429s on app-07 of store 1003,
 * a 5xx outage on app-03 of store 1002.
 */
final class DemoTraffic implements AutoCloseable {

    static final int STORES = 200;
    static final int APPS = 8;

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final int perSecond;
    private final TrafficGenerator generator;
    private final AtomicLong produced = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    DemoTraffic(String bootstrapServers, String topic, int perSecond, long startMs) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new StringSerializer());
        this.topic = topic;
        this.perSecond = perSecond;
        this.generator = new TrafficGenerator(TrafficModel.background(STORES, APPS, storms(startMs)), startMs);
        this.thread = new Thread(this::play, "demo-traffic");
        this.thread.setDaemon(true);
    }

    static List<Storm> storms(long startMs) {
        return List.of(
                new Storm(StormKind.AUTH_FAILURE, "1042", null, startMs + 10_000, 75_000, 0.12),
                new Storm(StormKind.RATE_LIMITED, "1003", "app-07", startMs + 20_000, 75_000, 0.08),
                new Storm(StormKind.SERVER_ERROR, "1002", "app-03", startMs + 30_000, 75_000, 0.08));
    }

    DemoTraffic start() {
        thread.start();
        return this;
    }

    long produced() {
        return produced.get();
    }

    private void play() {
        int perTick = Math.max(1, perSecond / 10);
        long next = System.currentTimeMillis();
        while (running) {
            long now = System.currentTimeMillis();
            for (int i = 0; i < perTick; i++) {
                producer.send(new ProducerRecord<>(topic, generator.next(now)));
            }
            produced.addAndGet(perTick);
            next += 100;
            long wait = next - System.currentTimeMillis();
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
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
