package io.errorpulse.integration;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.topology.ErrorpulseTopology;
import io.errorpulse.topology.StreamsSettings;
import io.errorpulse.topology.TopologySettings;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The errorpulse topology alone in a JVM of its own, so that a test can kill that JVM abruptly
 * (no close, no commit, no flush) mid-stream. Arguments: bootstrap servers, application id, state dir.
 */
public final class CrashableInstance {

    private CrashableInstance() {
    }

    public static void main(String[] args) throws InterruptedException {
        ErrorpulseConfig config = ExactlyOnceCrashIT.config(args[0], args[1], args[2]);
        KafkaStreams streams = new KafkaStreams(ErrorpulseTopology.build(TopologySettings.from(config, "http://127.0.0.1:0")),
                StreamsSettings.from(config, null));
        streams.start();
        System.out.println("started " + Map.of("application.id", args[1]));
        new CountDownLatch(1).await(); // runs until killed
    }
}
