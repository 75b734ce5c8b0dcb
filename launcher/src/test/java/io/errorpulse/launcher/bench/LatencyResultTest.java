package io.errorpulse.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class LatencyResultTest {

    @Test
    void shouldReadPercentilesByNearestRank() {
        List<Double> latencies = DoubleStream.iterate(1, d -> d + 1).limit(100).boxed().toList();
        LatencyPhase.Result result = new LatencyPhase.Result(latencies, 0, 1000);

        assertThat(result.percentile(50)).isEqualTo(50.0);
        assertThat(result.percentile(99)).isEqualTo(99.0);
        assertThat(result.percentile(100)).isEqualTo(100.0);
    }

    @Test
    void shouldTakeTheWorstOfFewSamplesAsTheirP99() {
        LatencyPhase.Result result = new LatencyPhase.Result(List.of(400.0, 900.0, 2500.0), 0, 1000);

        assertThat(result.percentile(99)).isEqualTo(2500.0);
        assertThat(result.percentile(50)).isEqualTo(900.0);
    }

    @Test
    void shouldHaveNoPercentileWithoutSamples() {
        assertThat(new LatencyPhase.Result(List.of(), 3, 1000).percentile(50)).isNaN();
    }
}
