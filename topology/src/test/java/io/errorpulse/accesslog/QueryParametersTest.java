package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private final List<String> stores = new ArrayList<>();
    private final List<String> credentials = new ArrayList<>();
    private final QueryParameters.Sink sink = new QueryParameters.Sink() {
        @Override
        public void storeId(String value) {
            stores.add(value);
        }

        @Override
        public void credential(String value) {
            credentials.add(value);
        }
    };

    @Test
    void shouldReportTheStoreAndTheCredentialsOfAQueryString() {
        QueryParameters.scan("/v1/orders?store_id=1042&&=x&access_token=abc%2Bdef&page=2", sink);

        assertThat(stores).containsExactly("1042");
        assertThat(credentials).containsExactly("abc%2Bdef", "abc+def");
    }

    @Test
    void shouldScanAQueryOfEmptyPairsInLinearTime() {
        // each of 2,000,000 empty pairs searched for the next '=' to the end of the line
        String path = "/v1/orders?" + "&".repeat(2_000_000) + "access_token=abc";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> QueryParameters.scan(path, sink));
        assertThat(credentials).containsExactly("abc");
    }
}
