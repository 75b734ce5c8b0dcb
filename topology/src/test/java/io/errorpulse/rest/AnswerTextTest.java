package io.errorpulse.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

    private static final JsonFactory FAST_DOUBLES = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private interface Write {
        void to(JsonGenerator json) throws IOException;
    }

    private static String json(Write write) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FAST_DOUBLES.createGenerator(out)) {
            write.to(json);
        }
        return out.toString();
    }

    @Test
    void ratesAreWrittenAsJacksonWritesTheDouble() throws IOException {
        Random random = new Random(20261122);
        for (int i = 0; i < 20_000; i++) {
            long requests = i % 2 == 0 ? 1 + random.nextInt(200) : 1 + (random.nextLong() >>> 20);
            long count = (long) (random.nextDouble() * (requests + 1));
            String expected = json(json -> json.writeNumber(count == 0 ? 0.0 : (double) count / requests));
            assertThat(json(json -> AnswerText.writeRate(json, count, requests)))
                    .as("%d / %d", count, requests).isEqualTo(expected);
            assertThat(AnswerText.rateText(count, requests)).as("again, from the cache").isEqualTo(expected);
        }
        assertThat(AnswerText.rateText(5, 0)).isEqualTo("0.0");
        assertThat(AnswerText.rateText(7, 7)).isEqualTo("1.0");
    }

    @Test
    void instantsAreWrittenAsInstantToString() throws IOException {
        Random random = new Random(7);
        char[] buffer = new char[20];
        for (int i = 0; i < 20_000; i++) {
            long seconds = switch (i % 4) {
                case 0 -> random.nextInt(Integer.MAX_VALUE);                   // 1970-2038
                case 1 -> (long) (random.nextDouble() * 253_402_300_799L);     // up to 9999
                case 2 -> 1_795_360_000L + random.nextInt(366 * 86_400) / 60 * 60; // minute steps of this year
                default -> random.nextLong() % 400_000_000_000L;              // also before 1970 and after 9999
            };
            int nanos = i % 10 == 9 ? random.nextInt(1_000_000_000) : 0;
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(json(json -> AnswerText.writeInstant(json, instant, buffer)))
                    .isEqualTo("\"" + instant + "\"");
        }
        for (String edge : new String[] {"1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "2100-03-01T00:00:00Z",
                "9999-12-31T23:59:59Z"}) {
            assertThat(json(json -> AnswerText.writeInstant(json, Instant.parse(edge), buffer))).isEqualTo("\"" + edge + "\"");
        }
    }
}
