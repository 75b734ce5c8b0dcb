package io.errorpulse.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Latency of the REST API, one timer per route template (never per store or app: the template
 * {@code /v1/stores/{store}/rates} is the tag, not the path), method and status class, with a
 * histogram so that p99 can be computed across instances.
 */
public final class RestMetrics {

    static final String NAME = "errorpulse.rest.requests";
    private final MeterRegistry registry;
    /** The timers already registered, so that a request costs a map lookup, not a registration. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    RestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param route the route template, or {@code unmatched} */
    public void record(String route, String method, int status, Duration elapsed) {
        timers.computeIfAbsent(route + ' ' + method + ' ' + status / 100, key -> timer(route, method, status))
                .record(elapsed.toNanos(), TimeUnit.NANOSECONDS);
    }

    private Timer timer(String route, String method, int status) {
        return Timer.builder(NAME)
                .description("REST requests, by route template, method and status class")
                .tag("route", route)
                .tag("method", method)
                .tag("status", (status / 100) + "xx")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }
}
