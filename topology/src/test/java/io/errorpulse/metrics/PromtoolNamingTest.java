package io.errorpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

class PromtoolNamingTest {

    @Test
    void shouldSpellAbbreviatedUnitsAndSuffixReservedGaugeNamesInTheExpositionOnly() {
        try (PrometheusMetrics metrics = new PrometheusMetrics()) {
            AtomicLong value = new AtomicLong(7);
            FunctionCounter.builder("kafka.consumer.io.time.ns.total", value, AtomicLong::get).register(metrics.registry());
            Gauge.builder("kafka.consumer.connection.count", value, AtomicLong::get).register(metrics.registry());

            assertThat(metrics.scrape())
                    .contains("kafka_consumer_io_time_nanos_total ")
                    .contains("kafka_consumer_connection_count_current ")
                    .doesNotContain("kafka_consumer_io_time_ns_total")
                    .doesNotContain("kafka_consumer_connection_count ");
            // the meters keep the names they were registered with: binders find them by those
            assertThat(metrics.registry().find("kafka.consumer.io.time.ns.total").functionCounter()).isNotNull();
            assertThat(metrics.registry().find("kafka.consumer.connection.count").gauge()).isNotNull();
        }
    }

    @Test
    void shouldLetAKafkaBinderFindEveryMeterItRegistered() {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ConsumerConfig.CLIENT_ID_CONFIG, "naming-test");
        try (PrometheusMetrics metrics = new PrometheusMetrics();
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                     new ByteArrayDeserializer());
             KafkaClientMetrics binder = new KafkaClientMetrics(consumer)) {
            binder.bindTo(metrics.registry());

            // Micrometer's Kafka binder looks its meters up by "kafka." + group + "." + name; a meter renamed
            // in the registry is one it cannot find (it registers it again, and never removes it)
            consumer.metrics().keySet().stream()
                    .filter(name -> name.group().equals("consumer-metrics") && name.name().endsWith("-ns-total"))
                    .forEach(name -> assertThat(metrics.registry()
                            .find("kafka.consumer." + name.name().replace('-', '.')).meters())
                            .as(name.name()).isNotEmpty());
            assertThat(metrics.scrape()).contains("kafka_consumer_io_time_nanos_total{");
        }
    }
}
