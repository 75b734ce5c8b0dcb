package io.errorpulse.launcher.demo;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.launcher.TopicFollower;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Follows the alerts and dead-letter topics as any consumer would (read_committed) and prints one line
 * per alert transition; keeps the counts the progress line shows.
 */
final class AlertConsole implements AutoCloseable {

    private final TopicFollower follower;
    private final String alertsTopic;
    private final PrintStream out;
    private final Deserializer<AlertRecord> alerts = new AlertRecordSerde().deserializer();
    private final Set<String> open = new HashSet<>();
    private final AtomicLong deadLetters = new AtomicLong();

    AlertConsole(String bootstrapServers, String alertsTopic, String deadLetterTopic, PrintStream out) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "errorpulse-demo-console",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(alertsTopic, deadLetterTopic));
        this.alertsTopic = alertsTopic;
        this.out = out;
        this.follower = new TopicFollower(consumer, Duration.ofMillis(250), "demo-alert-console", this::show);
    }

    AlertConsole start() {
        follower.start();
        return this;
    }

    synchronized int openAlerts() {
        return open.size();
    }

    long deadLetters() {
        return deadLetters.get();
    }

    private void show(ConsumerRecord<byte[], byte[]> record) {
        if (!record.topic().equals(alertsTopic)) {
            deadLetters.incrementAndGet();
            return;
        }
        AlertRecord alert = alerts.deserialize(record.topic(), record.value());
        if (alert == null) {
            return;
        }
        boolean transition;
        synchronized (this) {
            transition = alert.firing() ? open.add(alert.fingerprint()) : open.remove(alert.fingerprint());
        }
        if (transition) {
            out.println(AlertLine.format(alert));
        }
    }

    @Override
    public void close() {
        follower.close();
    }
}
