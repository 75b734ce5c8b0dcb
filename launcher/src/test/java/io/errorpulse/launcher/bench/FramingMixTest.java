package io.errorpulse.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorpulse.accesslog.AccessLogReader;
import io.errorpulse.accesslog.AccessLogReaders;
import io.errorpulse.accesslog.AccessLogSettings;
import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.traffic.framing.Framing;
import io.errorpulse.traffic.framing.LoggedRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark's lines of every framing are read by the stream's own reader as what they say. */
class FramingMixTest {

    private static final AccessLogReader READER = AccessLogReaders.create(AccessLogSettings.defaults());

    @ParameterizedTest
    @EnumSource(Framing.class)
    void shouldBeReadByTheStreamAsTheRequestItLogs(Framing framing) {
        LoggedRequest request = new LoggedRequest(1_795_323_605_250L, "1042", "app-07", 401,
                "{\"message\":\"Invalid \\\"token\\\"\",\"code\":\"invalid_token\",\"status\":401}", "sx_at_9f8e7d6c5b4a");
        String line = framing.line(request);

        AccessRecord record = READER.read(line.getBytes(StandardCharsets.UTF_8));

        assertThat(record.store()).isEqualTo("1042");
        assertThat(record.app()).isEqualTo("app-07");
        assertThat(record.status()).isEqualTo(401);
        assertThat(record.eventTimeMs()).isEqualTo(framing == Framing.NGINX ? 1_795_323_605_000L : 1_795_323_605_250L);
        assertThat(BaselineApp.storeAndApp(line.getBytes(StandardCharsets.UTF_8))).isEqualTo("1042|app-07");
    }
}
