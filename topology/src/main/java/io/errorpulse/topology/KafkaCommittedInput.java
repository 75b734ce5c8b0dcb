package io.errorpulse.topology;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * {@link CommittedInput} over a plain consumer with the Kafka Streams application's own client settings
 * (its restore consumer's: same brokers, security and isolation level), assigned to one partition and
 * never joining the group; it asks the group's committed offset under the application id. One consumer
 * per read: reads come once per task start.
 */
public final class KafkaCommittedInput implements CommittedInput {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String topic;
    private final Properties streams;
    private final Duration timeout;
    private Map<String, Object> consumerConfig;

    /**
     * Reads {@code topic} with the consumer settings of the Kafka Streams application configured by
     * {@code streams}, giving up on a call after {@code timeout}.
     */
    public KafkaCommittedInput(String topic, Properties streams, Duration timeout) {
        this.topic = topic;
        this.streams = streams;
        this.timeout = timeout;
    }

    @Override
    public Range read(int partition, long fromOffset, long toOffset, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        TopicPartition tp = new TopicPartition(topic, partition);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            long end = toOffset;
            if (toOffset == UP_TO_COMMITTED) {
                OffsetAndMetadata committed = consumer.committed(Set.of(tp), timeout).get(tp);
                end = committed == null ? fromOffset : committed.offset();
            }
            if (fromOffset >= end) {
                return new Range(Math.max(fromOffset, end), 0);
            }
            consumer.assign(List.of(tp));
            long start = Math.min(end, Math.max(fromOffset, consumer.beginningOffsets(List.of(tp), timeout).get(tp)));
            consumer.seek(tp, start);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.position(tp, timeout) < end) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(tp)) {
                    if (record.offset() >= end) {
                        return new Range(end, start - fromOffset);
                    }
                    each.accept(record);
                }
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading " + tp + " from offset " + fromOffset + " to " + end
                            + " took longer than " + timeout.toMillis() + " ms");
                }
            }
            return new Range(end, start - fromOffset);
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The application's restore-consumer settings under its group id, made when first needed (never by {@code classify}). */
    private synchronized Map<String, Object> consumerConfig() {
        if (consumerConfig == null) {
            StreamsConfig config = new StreamsConfig(streams);
            String applicationId = config.getString(StreamsConfig.APPLICATION_ID_CONFIG);
            Map<String, Object> consumer = config.getRestoreConsumerConfigs(applicationId + "-partials-replay");
            consumer.put(ConsumerConfig.GROUP_ID_CONFIG, applicationId);
            consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            consumerConfig = Collections.unmodifiableMap(new HashMap<>(consumer));
        }
        return consumerConfig;
    }
}
