package io.errorpulse.launcher.bench;

import io.errorpulse.detect.AlertRecord;
import io.errorpulse.detect.AlertRecordSerde;
import io.errorpulse.launcher.TopicFollower;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Follows the alerts topic as an alert pipeline would (read_committed: an alert counts once its
 * transaction committed) and keeps, per store and alert class, when the first firing alert arrived
 * ({@code System.nanoTime()}).
 */
final class AlertWatch implements AutoCloseable {

    private final TopicFollower follower;
    private final Deserializer<AlertRecord> alerts = new AlertRecordSerde().deserializer();
    private final Map<String, Long> firstFiring = new ConcurrentHashMap<>();

    AlertWatch(String bootstrapServers, String alertsTopic) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(alertsTopic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.follower = new TopicFollower(consumer, Duration.ofMillis(100), "bench-alert-watch", this::note);
    }

    AlertWatch start() {
        follower.start();
        return this;
    }

    /** When the first firing alert of {@code alertClass} for {@code store} arrived, or null. */
    Long firstFiring(String store, String alertClass) {
        return firstFiring.get(store + "|" + alertClass);
    }

    private void note(ConsumerRecord<byte[], byte[]> record) {
        long arrived = System.nanoTime();
        AlertRecord alert = alerts.deserialize(record.topic(), record.value());
        if (alert != null && alert.firing() && alert.labels() != null) {
            firstFiring.putIfAbsent(alert.labels().get("store") + "|" + alert.labels().get("alert_class"), arrived);
        }
    }

    @Override
    public void close() {
        follower.close();
    }
}
