package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessLogReader;
import io.errorpulse.accesslog.AccessRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** A topology of the read stage alone, for driver tests: source -> record rendered as text -> sink. */
final class ReadStageTopology {

    static final String SOURCE = "api-access-logs";
    static final String OUT = "read-records";
    static final String DLQ = "api-access-logs-dlq";

    private ReadStageTopology() {
    }

    static Topology build(AccessLogReader reader) {
        Serde<AccessRecord> records = Serdes.serdeFrom((topic, value) -> {
            throw new UnsupportedOperationException("the read stage never writes access records");
        }, new AccessRecordDeserializer(reader));
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(SOURCE, Consumed.with(Serdes.ByteArray(), records)
                        .withTimestampExtractor(new EventTimeExtractor(Duration.ofMinutes(10))).withName("read-access-logs"))
                .mapValues(ReadStageTopology::render, Named.as("render"))
                .to(OUT, Produced.with(Serdes.ByteArray(), Serdes.String()).withName("write-records"));
        return builder.build();
    }

    static Properties config() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "read-stage-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(DeadLetterHandler.TOPIC_CONFIG, DLQ);
        return props;
    }

    /** Every field of the record as text: what later stages could publish. */
    static String render(AccessRecord r) {
        return r.store() + "|" + r.app() + "|" + r.status() + "|" + r.eventTimeMs() + "|" + r.credentialFingerprint()
                + "|" + headersText(r) + "|" + (r.responseBody() == null ? "" : new String(r.responseBody(), StandardCharsets.UTF_8));
    }

    private static String headersText(AccessRecord r) {
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {"content-type", "set-cookie", "x-ratelimit-remaining", "retry-after",
            "x-amzn-errortype", "authorization", "cookie"}) {
            out.append(name).append('=').append(r.responseHeaders().get(name)).append(';');
        }
        return out.toString();
    }
}
