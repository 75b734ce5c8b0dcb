package io.errorpulse.connect.delivery;

import static io.errorpulse.connect.TestAlerts.firing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.junit.jupiter.api.Test;

class ErrantRecordsTest {

    @Test
    void shouldHandTheRecordAndItsErrorToTheReporter() {
        FakeContext context = new FakeContext(true);

        ErrantRecords.from(context).report(firing(3), new DeliveryFailedException("503"));

        assertThat(context.reported).singleElement()
                .satisfies(reported -> assertThat(reported.error()).hasMessage("503"));
    }

    @Test
    void shouldFailLoudlyOnAWorkerOlderThanTheReporterApi() {
        FakeContext olderWorker = new FakeContext(true) {
            @Override
            public ErrantRecordReporter errantRecordReporter() {
                throw new NoSuchMethodError("errantRecordReporter");
            }
        };

        assertThatThrownBy(() -> ErrantRecords.from(olderWorker).report(firing(3), new DeliveryFailedException("503")))
                .isInstanceOf(ConnectException.class).hasMessageContaining("error-alerts-0@3").hasMessageContaining("503");
    }
}
