package io.errorpulse.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class NonDecreasingTimestampExtractorTest {

    private final NonDecreasingTimestampExtractor extractor = new NonDecreasingTimestampExtractor();

    @Test
    void shouldKeepARecordsOwnTimestampUnlessItIsOlderThanItsPartitionsLatest() {
        assertThat(extractor.extract(record(5_000), -1)).as("the partition's first record").isEqualTo(5_000);
        assertThat(extractor.extract(record(7_000), 5_000)).isEqualTo(7_000);
        assertThat(extractor.extract(record(3_000), 7_000)).as("published out of order").isEqualTo(7_000);
    }

    @Test
    void shouldStampARecordWithoutAValidTimestampRatherThanDropIt() {
        assertThat(extractor.extract(record(-1), -1)).isZero();
        assertThat(extractor.extract(record(-1), 7_000)).isEqualTo(7_000);
    }

    private static ConsumerRecord<Object, Object> record(long timestamp) {
        return new ConsumerRecord<>("error-alerts", 0, 0, timestamp, TimestampType.CREATE_TIME, 0, 0, "key", "value",
                new RecordHeaders(), java.util.Optional.empty());
    }
}
