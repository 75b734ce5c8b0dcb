package io.errorpulse.launcher.demo;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Follows the alerts and dead-letter topics as any consumer would (read_committed) and prints one line
 * per alert transition; keeps the counts the progress line shows.
 */
final class AlertConsole implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String alertsTopic;
    private final PrintStream out;
    private final Deserializer<AlertRecord> alerts = new AlertRecordSerde().deserializer();
    private final Set<String> open = new HashSet<>();
    private final AtomicLong deadLetters = new AtomicLong();
    private final Thread thread;

    AlertConsole(String bootstrapServers, String alertsTopic, String deadLetterTopic, PrintStream out) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "errorpulse-demo-console",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.consumer.subscribe(List.of(alertsTopic, deadLetterTopic));
        this.alertsTopic = alertsTopic;
        this.out = out;
        this.thread = new Thread(this::follow, "demo-alert-console");
        this.thread.setDaemon(true);
    }

    AlertConsole start() {
        thread.start();
        return this;
    }

    synchronized int openAlerts() {
        return open.size();
    }

    long deadLetters() {
        return deadLetters.get();
    }

    private void follow() {
        try {
            while (true) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    if (!record.topic().equals(alertsTopic)) {
                        deadLetters.incrementAndGet();
                        continue;
                    }
                    AlertRecord alert = alerts.deserialize(record.topic(), record.value());
                    if (alert == null) {
                        continue;
                    }
                    boolean transition;
                    synchronized (this) {
                        transition = alert.firing() ? open.add(alert.fingerprint()) : open.remove(alert.fingerprint());
                    }
                    if (transition) {
                        out.println(AlertLine.format(alert));
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
