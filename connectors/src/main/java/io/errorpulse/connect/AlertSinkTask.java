package io.errorpulse.connect;

import io.errorpulse.connect.config.AlertSinkConfig;
import io.errorpulse.connect.delivery.AlertWriter;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/**
 * Delivers each batch synchronously in {@link #put}: when put returns, every record in it was
 * delivered or reported, so the offsets Connect commits afterwards never skip an alert.
 */
public final class AlertSinkTask extends SinkTask {

    private AlertWriter writer;

    @Override
    public void start(Map<String, String> props) {
        writer = DeliveryWiring.writer(new AlertSinkConfig(props), context);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (!records.isEmpty()) {
            writer.write(records);
        }
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        if (writer != null) {
            writer.reset();
        }
    }

    @Override
    public void stop() {
        writer = null;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
