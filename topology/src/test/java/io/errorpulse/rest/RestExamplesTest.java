package io.errorpulse.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The printed curl lines cover every route and each one answers 200 on a running server. */
class RestExamplesTest {

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture();
        RestServerTest.seed(rest.backend);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void shouldGiveAWorkingLineForEveryRoute() {
        List<String> lines = RestExamples.curlLines(rest.baseUrl, RestFixture.GLOBAL_KEY, "1042", "app-1");
        assertThat(lines).hasSameSizeAs(RestServer.ROUTES);
        for (String line : lines) {
            String url = line.replaceAll(".*'?(http://[^' ]+)'?$", "$1").replace("'", "");
            String pathAndQuery = url.substring(rest.baseUrl.length());
            RestFixture.Answer answer = rest.get(pathAndQuery,
                    line.contains("Authorization") ? RestFixture.GLOBAL_KEY : null);
            assertThat(answer.status()).as(line).isEqualTo(200);
        }
    }
}
