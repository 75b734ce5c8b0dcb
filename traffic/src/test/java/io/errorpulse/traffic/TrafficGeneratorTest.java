package io.errorpulse.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficGeneratorTest {

    @Test
    void shouldBeDeterministicForASeed() {
        TrafficModel model = TrafficModel.background(100, 20, List.of());
        TrafficGenerator a = new TrafficGenerator(model, 7);
        TrafficGenerator b = new TrafficGenerator(model, 7);
        for (int i = 0; i < 100; i++) {
            assertThat(a.next(1_000L * i)).isEqualTo(b.next(1_000L * i));
        }
    }

    @Test
    void shouldSkewTrafficTowardsTheFirstStores() {
        TrafficGenerator generator = new TrafficGenerator(TrafficModel.background(100, 20, List.of()), 1);
        Map<String, Integer> perStore = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String line = generator.next(0);
            String store = line.replaceAll(".*\"store_id\":\"([^\"]+)\".*", "$1");
            perStore.merge(store, 1, Integer::sum);
        }
        assertThat(perStore.get("1001")).isGreaterThan(10 * perStore.getOrDefault("1100", 1));
    }

    @Test
    void shouldInjectAStormOnlyWhileItLasts() {
        Storm storm = new Storm(StormKind.RATE_LIMITED, "1042", "app-07", 10_000, 5_000, 0.5);
        TrafficGenerator generator = new TrafficGenerator(TrafficModel.background(100, 20, List.of(storm)), 3);
        long during = 0;
        long outside = 0;
        for (int i = 0; i < 2_000; i++) {
            if (isStormLine(generator.next(12_000))) {
                during++;
            }
            if (isStormLine(generator.next(20_000))) {
                outside++;
            }
        }
        assertThat(during).isBetween(800L, 1_200L);
        assertThat(outside).isLessThan(5);
    }

    private static boolean isStormLine(String line) {
        return line.contains("\"store_id\":\"1042\"") && line.contains("\"app_id\":\"app-07\"")
                && line.contains("\"status\":429");
    }
}
