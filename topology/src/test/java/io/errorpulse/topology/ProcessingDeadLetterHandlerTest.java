package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class ProcessingDeadLetterHandlerTest {

    @Test
    void shouldDeadLetterTheSourceRecordOfAFailingProcessorAndGoOn() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(v -> {
                    if (v.contains("boom")) {
                        throw new IllegalStateException("failed on " + v);
                    }
                    return v.toUpperCase();
                }, Named.as("shout"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties props = ReadStageTopology.config();
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingDeadLetterHandler.class);

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            Instant now = Instant.parse("2026-11-22T05:00:00Z");
            in.pipeInput(new TestRecord<>("k", "a", now));
            in.pipeInput(new TestRecord<>("k", "boom token=abcdefghijk", now));
            in.pipeInput(new TestRecord<>("k", "b", now));

            assertThat(driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer()).readValuesToList())
                    .containsExactly("A", "B");
            List<TestRecord<byte[], byte[]>> dead = driver.createOutputTopic(ReadStageTopology.DLQ,
                    new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(header(r, DeadLetterHandler.REASON_HEADER)).isEqualTo("processing_error: IllegalStateException");
                assertThat(header(r, ProcessingDeadLetterHandler.PROCESSOR_HEADER)).isEqualTo("shout");
                assertThat(header(r, DeadLetterHandler.SOURCE_OFFSET_HEADER)).isEqualTo("1");
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("boom token=[redacted]");
            });
        }
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
