package io.errorpulse.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How far a Kafka Streams application has got, seen from outside as any operator would see it: the
 * offsets its consumer group committed on the input topic and on its own repartition topics, against
 * their end offsets. Committed offsets only move with a (transactional, under exactly-once) commit, so
 * "no lag anywhere" means every record was processed, aggregated and committed.
 *
 * <p>Under exactly-once the last offset of a repartition partition may be a transaction marker that a
 * consumer never returns; a lag of exactly one is checked once against the log and forgiven when it is
 * such a marker.
 */
public final class GroupProgress implements AutoCloseable {

    /** A snapshot: records committed on the input topic, and whether nothing is left anywhere. */
    public record Snapshot(long inputCommitted, long inputEnd, long internalLag, boolean caughtUp) {
    }

    private final Admin admin;
    private final String bootstrapServers;
    private final String applicationId;
    private final String inputTopic;
    private final Map<TopicPartition, Long> markerChecked = new HashMap<>();

    public GroupProgress(String bootstrapServers, String applicationId, String inputTopic) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
        this.bootstrapServers = bootstrapServers;
        this.applicationId = applicationId;
        this.inputTopic = inputTopic;
    }

    public Snapshot snapshot() {
        try {
            List<String> topics = ownTopics("-repartition");
            topics.add(inputTopic);
            Map<TopicPartition, Long> ends = endOffsets(topics);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long inputCommitted = 0;
            long inputEnd = 0;
            long internalLag = 0;
            boolean caughtUp = true;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                long position = done == null ? 0 : done.offset();
                long lag = Math.max(0, end.getValue() - position);
                if (lag == 1 && isMarkerAt(end.getKey(), end.getValue() - 1)) {
                    lag = 0;
                }
                if (end.getKey().topic().equals(inputTopic)) {
                    inputCommitted += Math.min(position, end.getValue());
                    inputEnd += end.getValue();
                } else {
                    internalLag += lag;
                }
                caughtUp &= lag == 0;
            }
            return new Snapshot(inputCommitted, inputEnd, internalLag, caughtUp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            return new Snapshot(0, 0, 0, false); // the broker is busy or away: nothing is known, nothing is done
        }
    }

    /**
     * Offsets written so far to the application's own topics, summed per kind ("repartition",
     * "changelog"): what its state and its repartitions cost the broker. Transaction markers take an
     * offset each, so under exactly-once these are slightly more than the records written.
     */
    public Map<String, Long> internalTopicOffsets() {
        try {
            List<String> topics = ownTopics("");
            Map<String, Long> written = new java.util.TreeMap<>();
            endOffsets(topics).forEach((partition, end) -> {
                String topic = partition.topic();
                written.merge(topic.substring(topic.lastIndexOf('-') + 1), end, Long::sum);
            });
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        }
    }

    /** The application's own topics (named after its id) whose names end with {@code suffix}. */
    private List<String> ownTopics(String suffix) throws InterruptedException, ExecutionException, TimeoutException {
        List<String> topics = new ArrayList<>();
        for (String topic : admin.listTopics().names().get(10, TimeUnit.SECONDS)) {
            if (topic.startsWith(applicationId + "-") && topic.endsWith(suffix)) {
                topics.add(topic);
            }
        }
        return topics;
    }

    private Map<TopicPartition, Long> endOffsets(List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e
                : admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet()) {
            ends.put(e.getKey(), e.getValue().offset());
        }
        return ends;
    }

    /** True when no record can be read at {@code offset}: a transaction marker (or an aborted record). */
    private boolean isMarkerAt(TopicPartition partition, long offset) {
        Long checked = markerChecked.get(partition);
        if (checked != null && checked == offset) {
            return true;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            boolean readable = !consumer.poll(Duration.ofMillis(500)).isEmpty();
            if (!readable && consumer.position(partition) > offset) {
                markerChecked.put(partition, offset);
                return true;
            }
            return false;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
