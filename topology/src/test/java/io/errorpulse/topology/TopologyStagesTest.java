package io.errorpulse.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.state.WriteBehindKeyValueStore;
import io.errorpulse.state.WriteBehindWindowStore;
import io.errorpulse.topology.ErrorpulseTopology.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The topology cut after each stage, as the benchmark measures it: each holds the stages before it and no other. */
class TopologyStagesTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:07Z");
    /** The processor each stage adds, in the order of the stages. */
    private static final List<String> STAGE_NODES = List.of("read-access-logs", "classify", "combine-per-store",
            "count-windows", "detect");

    @ParameterizedTest
    @EnumSource(Stage.class)
    void shouldHoldTheStagesUpToTheLastAndDropWhatItPasses(Stage last) {
        try (TopologyFixture fixture = new TopologyFixture(Map.of(), last)) {
            String described = fixture.describe();

            for (int stage = 0; stage < STAGE_NODES.size(); stage++) {
                assertThat(described.contains("Processor: " + STAGE_NODES.get(stage) + " ")
                        || described.contains("Source: " + STAGE_NODES.get(stage) + " "))
                        .as("%s in the topology up to %s", STAGE_NODES.get(stage), last)
                        .isEqualTo(stage <= last.ordinal());
            }
            assertThat(described.contains("Processor: drop ")).isEqualTo(last != Stage.DETECT);
            assertThat(described.contains("by-store-repartition")).isEqualTo(last.compareTo(Stage.COMBINE) >= 0);
        }
    }

    @Test
    void shouldBeTheWholeTopologyUpToDetection() {
        try (TopologyFixture whole = new TopologyFixture(Map.of());
             TopologyFixture upToDetect = new TopologyFixture(Map.of(), Stage.DETECT)) {
            assertThat(upToDetect.describe()).isEqualTo(whole.describe());
        }
    }

    /** The stores updated at every partial keep them as objects until the commit, instead of serialising each update. */
    @Test
    void shouldWriteTheWindowRowsAndDetectorStatesBehind() {
        try (TopologyFixture fixture = new TopologyFixture(Map.of())) {
            assertThat(fixture.driver.getTimestampedWindowStore(ErrorpulseTopology.STORE_MINUTE_COUNTS)).isInstanceOf(WriteBehindWindowStore.class);
            assertThat(fixture.driver.getTimestampedWindowStore(ErrorpulseTopology.STORE_HOUR_COUNTS)).isInstanceOf(WriteBehindWindowStore.class);
            assertThat(fixture.driver.getKeyValueStore(ErrorpulseTopology.DETECTOR_STATE)).isInstanceOf(WriteBehindKeyValueStore.class);
        }
    }

    /** At least once: TopologyTestDriver drops dead letters under exactly_once_v2 (see ErrorpulseTopologyTest). */
    @Test
    void shouldDoTheWorkOfTheStagesItHolds() {
        try (TopologyFixture fixture = new TopologyFixture(Map.of("processing.guarantee", "at_least_once"), Stage.COUNT)) {
            fixture.request(T0, "1042", "app-1", 401, "{\"error\":\"invalid_token\"}");
            fixture.raw(T0, "not json");
            fixture.flush();

            assertThat(fixture.minute("1042", Instant.parse("2026-11-22T10:00:00Z")).total().requests()).isEqualTo(1);
            assertThat(fixture.deadLetters.readValuesToList()).hasSize(1);
        }
    }
}
