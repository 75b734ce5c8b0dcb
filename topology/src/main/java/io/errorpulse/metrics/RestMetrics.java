package io.errorpulse.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Latency of the REST API, one timer per route template (never per store or app: the template
 * {@code /v1/stores/{store}/rates} is the tag, not the path), method and status class, with a
 * histogram so that p99 can be computed across instances.
 */
public final class RestMetrics {

    static final String NAME = "errorpulse.rest.requests";
    private final MeterRegistry registry;

    RestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param route the route template, or {@code unmatched} */
    public void record(String route, String method, int status, Duration elapsed) {
        Timer.builder(NAME)
                .description("REST requests, by route template, method and status class")
                .tag("route", route)
                .tag("method", method)
                .tag("status", (status / 100) + "xx")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(elapsed.toNanos(), TimeUnit.NANOSECONDS);
    }
}
