package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.envelope.ResponseHeaders;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class EventTimeExtractorTest {

    private static final long GRACE_MS = 600_000L;

    private final EventTimeExtractor extractor = new EventTimeExtractor(Duration.ofMillis(GRACE_MS));

    @Test
    void shouldUseTheLoggedEventTime() {
        assertThat(extractor.extract(record(access(1_000L), 5_000L), 9_000L)).isEqualTo(1_000L);
    }

    @Test
    void shouldUseTheKafkaTimestampWhenTheLoggedTimeIsMoreThanTheGraceAhead() {
        long read = 5_000L;
        assertThat(extractor.extract(record(access(read + GRACE_MS), read), 9_000L)).isEqualTo(read + GRACE_MS);
        assertThat(extractor.extract(record(access(read + GRACE_MS + 1), read), 9_000L)).isEqualTo(read);
        assertThat(extractor.extract(record(access(253_402_214_400_000L), read), 9_000L)).isEqualTo(read); // year 9999
    }

    @Test
    void shouldUseTheKafkaTimestampWhenTheLineLoggedNoTime() {
        assertThat(extractor.extract(record(access(AccessRecord.NO_EVENT_TIME), 5_000L), 9_000L)).isEqualTo(5_000L);
    }

    @Test
    void shouldUseStreamTimeWhenThereIsNoTimestampEither() {
        assertThat(extractor.extract(record(access(AccessRecord.NO_EVENT_TIME), -1L), 9_000L)).isEqualTo(9_000L);
    }

    @Test
    void shouldNeverReturnANegativeTime() {
        assertThat(extractor.extract(record(access(AccessRecord.NO_EVENT_TIME), -1L), -1L)).isPositive();
        assertThat(extractor.extract(record("not an access record", -1L), -1L)).isPositive();
    }

    private static AccessRecord access(long eventTime) {
        return new AccessRecord(eventTime, "s", "a", 200, ResponseHeaders.NONE, null, null);
    }

    private static ConsumerRecord<Object, Object> record(Object value, long timestamp) {
        return new ConsumerRecord<>("t", 0, 0L, timestamp, TimestampType.CREATE_TIME, 0, 0, null, value,
                new RecordHeaders(), java.util.Optional.empty());
    }
}
