package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-22T05:00:00Z|2026-11-22T05:00:00Z",
        "2026-11-22T05:00:00.123Z|2026-11-22T05:00:00.123Z",
        "2026-11-22T05:00:00.123456789Z|2026-11-22T05:00:00.123Z",
        "2026-11-22T06:30:00+01:30|2026-11-22T05:00:00Z",
        "2026-11-22T00:00:00-05:00|2026-11-22T05:00:00Z",
        "2026-11-22T07:00:00+0200|2026-11-22T05:00:00Z",
        "2026-11-22T07:00:00+02|2026-11-22T05:00:00Z",
        "2026-11-22 05:00:00|2026-11-22T05:00:00Z",
        "2026-11-22T05:00|2026-11-22T05:00:00Z",
        "2026-11-22|2026-11-22T00:00:00Z",
        "2024-02-29T12:00:00Z|2024-02-29T12:00:00Z",
        "22/Nov/2026:05:00:00 +0000|2026-11-22T05:00:00Z",
        "22/Nov/2026:00:00:00 -0500|2026-11-22T05:00:00Z",
        "1795323600|2026-11-22T05:00:00Z",
        "1795323600.25|2026-11-22T05:00:00.250Z",
        "1795323600.123|2026-11-22T05:00:00.123Z",
        "1795323600123|2026-11-22T05:00:00.123Z",
        "1795323600123456|2026-11-22T05:00:00.123Z",
        "1795323600123456789|2026-11-22T05:00:00.123Z",
        "1.7953236E9|2026-11-22T05:00:00Z",
    })
    void shouldReadEveryTimeFormatGatewaysLogAsUtcMillis(String text, String expected) {
        assertThat(EventTimes.parse(text)).isEqualTo(Instant.parse(expected).toEpochMilli());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"yesterday", "2026-02-30T00:00:00Z", "2026-11-22T25:00:00Z", "2026-11-22T05:00:00X",
        "2026-11-22T05:00:00+2500", "1969-12-31T23:59:59Z", "-5", "12ab", "1795323600.x", "32/Nov/2026:05:00:00 +0000",
        "22/Foo/2026:05:00:00 +0000", "2026-11-22T05:00:00.Z", "", "NaN", "9999999999999999999", "9223372036854775808.5"})
    void shouldRejectWhatIsNotATime(String text) {
        assertThat(EventTimes.parse(text)).isEqualTo(EventTimes.UNREADABLE);
    }
}
