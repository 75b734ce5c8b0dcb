package io.errorpulse.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.traffic.AccessLogLine;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BaselineAppTest {

    @Test
    void shouldKeyALineByItsStoreAndApp() {
        String line = AccessLogLine.defaultFraming(1_763_805_600_000L, "1042", "app-07", 401,
                "{\"code\":\"invalid_token\"}", "sx_at_0123");

        assertThat(BaselineApp.storeAndApp(line.getBytes(StandardCharsets.UTF_8))).isEqualTo("1042|app-07");
    }

    @Test
    void shouldKeyAnUnreadableLineUnderOneBucketRatherThanFail() {
        assertThat(BaselineApp.storeAndApp("not json at all".getBytes(StandardCharsets.UTF_8))).isEqualTo("?|?");
    }
}
