package io.errorpulse.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.kafka.InProcessKafka;
import io.errorpulse.topology.CommittedInput;
import io.errorpulse.topology.KafkaCommittedInput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The input read again as the application consumed it, on a real broker: the group's committed offset,
 * and a range of offsets with, under exactly-once, the records of an aborted transaction left out as
 * the application's own consumer left them out.
 */
@Tag("integration")
class KafkaCommittedInputIT {

    private static final String TOPIC = "replayed-logs";
    private static InProcessKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = InProcessKafka.start();
        kafka.createTopics(Map.of(TOPIC, 2));
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldReadARangeUpToTheCommittedOffsetSkippingAbortedRecordsUnderExactlyOnce() throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "shipper"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            send(producer, "a", 0, 5, true); // offsets 0-4, marker 5
            send(producer, "x", 0, 3, false); // offsets 6-8 aborted, marker 9
            send(producer, "b", 0, 5, true); // offsets 10-14, marker 15
        }
        String applicationId = "replay-" + System.nanoTime();
        commit(applicationId, 1, 12);

        KafkaCommittedInput input = new KafkaCommittedInput(TOPIC, streams(applicationId, "exactly_once_v2"), Duration.ofSeconds(20));
        List<String> read = new ArrayList<>();
        CommittedInput.Range range = input.read(1, 2, CommittedInput.UP_TO_COMMITTED, record ->
                read.add(record.offset() + ":" + new String(record.value(), StandardCharsets.UTF_8)));

        assertThat(range).isEqualTo(new CommittedInput.Range(12, 0));
        assertThat(read).containsExactly("2:a2", "3:a3", "4:a4", "10:b0", "11:b1");
        List<String> upTo = new ArrayList<>();
        assertThat(input.read(1, 0, 3, record -> upTo.add(record.offset() + ""))).isEqualTo(new CommittedInput.Range(3, 0));
        assertThat(upTo).containsExactly("0", "1", "2");
        List<String> none = new ArrayList<>();
        assertThat(input.read(0, 0, CommittedInput.UP_TO_COMMITTED, record -> none.add("read")))
                .as("no offset committed there").isEqualTo(new CommittedInput.Range(0, 0));
        assertThat(input.read(1, 12, CommittedInput.UP_TO_COMMITTED, record -> none.add("read")))
                .isEqualTo(new CommittedInput.Range(12, 0));
        assertThat(none).isEmpty();
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String prefix, int from, int count, boolean commit)
            throws Exception {
        producer.beginTransaction();
        for (int i = from; i < from + count; i++) {
            producer.send(new ProducerRecord<>(TOPIC, 1, null, (prefix + i).getBytes(StandardCharsets.UTF_8))).get();
        }
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }

    private static void commit(String groupId, int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, groupId), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.commitSync(Map.of(new TopicPartition(TOPIC, partition), new OffsetAndMetadata(offset)));
        }
    }

    private static Properties streams(String applicationId, String guarantee) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        return props;
    }
}
