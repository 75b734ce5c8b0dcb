package io.errorpulse.rest;

import io.errorpulse.envelope.AlertClass;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and bounds the query parameters of the API. Every malformed or out-of-range value becomes
 * a 400 naming the parameter, before any state is read, so that bad input can never surface as a
 * 5xx from deeper down (overflowing arithmetic, a huge scan, an unbounded loop).
 */
final class QueryParams {

    /** The latest instant accepted, far enough that epoch millis never overflow. */
    static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59Z");
    /** At most this many steps in one answer. */
    static final int MAX_STEPS = 10_080;
    static final int MAX_ID_LENGTH = 256;
    private static final Pattern STEP = Pattern.compile("([1-9][0-9]{0,5})([mhd])");
    private static final Duration DEFAULT_RANGE = Duration.ofHours(1);

    private final Clock clock;
    private final Duration retention;

    QueryParams(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * from/to/step: by default the last hour up to the end of the current minute (the open window
     * included), at one-minute steps. The range may not exceed the retention of the counts.
     */
    TimeRange range(Context ctx) {
        Instant defaultTo = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant to = instant(ctx, "to", defaultTo);
        Instant from = instant(ctx, "from", to.minus(DEFAULT_RANGE));
        if (!from.isBefore(to)) {
            throw ApiError.badRequest("from", "from must be before to");
        }
        Duration length = Duration.between(from, to);
        if (length.compareTo(retention) > 0) {
            throw ApiError.badRequest("from", "the range is longer than the retention of the counts ("
                    + retention.toMinutes() + " minutes)");
        }
        Duration step = step(ctx);
        if (length.toMillis() / step.toMillis() > MAX_STEPS) {
            throw ApiError.badRequest("step", "the range holds more than " + MAX_STEPS + " steps; use a coarser step");
        }
        return new TimeRange(from, to, step);
    }

    static Instant instant(Context ctx, String name, Instant fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (value.length() > 40) {
            throw ApiError.badRequest(name, name + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name, name + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
        if (instant.isBefore(Instant.EPOCH) || instant.isAfter(MAX_INSTANT)) {
            throw ApiError.badRequest(name, name + " must lie between 1970 and 9999");
        }
        return instant;
    }

    static Duration step(Context ctx) {
        String value = ctx.queryParam("step");
        if (value == null || value.isEmpty()) {
            return Duration.ofMinutes(1);
        }
        Matcher m = STEP.matcher(value);
        if (!m.matches()) {
            throw ApiError.badRequest("step", "step must be a whole number of minutes, hours or days, such as 1m, 5m, 1h");
        }
        long n = Long.parseLong(m.group(1));
        Duration step = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (step.compareTo(Duration.ofDays(31)) > 0) {
            throw ApiError.badRequest("step", "step must be at most 31d");
        }
        return step;
    }

    static int limit(Context ctx, int defaultLimit, int max) {
        return intParam(ctx, "limit", defaultLimit, 1, max);
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,10}")) {
            throw ApiError.badRequest(name, name + " must be a whole number from " + min + " to " + max);
        }
        long n = Long.parseLong(value);
        if (n < min || n > max) {
            throw ApiError.badRequest(name, name + " must be a whole number from " + min + " to " + max);
        }
        return (int) n;
    }

    /** A required alert class: auth_failure, rate_limited or server_error. */
    static AlertClass alertClass(Context ctx, boolean required) {
        String value = ctx.queryParam("class");
        if (value == null || value.isEmpty()) {
            if (required) {
                throw ApiError.badRequest("class", "class is required: one of " + alertClassNames());
            }
            return null;
        }
        for (AlertClass c : AlertClass.ALERTING) {
            if (c.wireName().equals(value)) {
                return c;
            }
        }
        throw ApiError.badRequest("class", "class must be one of " + alertClassNames());
    }

    static String oneOf(Context ctx, String name, String fallback, String... allowed) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!Arrays.asList(allowed).contains(value)) {
            throw ApiError.badRequest(name, name + " must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** An optional store or app id from the query string, bounded like path ids. */
    static String optionalId(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return checkId(name, value);
    }

    static String checkId(String name, String value) {
        if (value.isBlank() || value.length() > MAX_ID_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiError.badRequest(name, name + " must be 1 to " + MAX_ID_LENGTH + " printable characters");
        }
        return value;
    }

    /** A caller-supplied value made safe to echo in a message: short, no control characters. */
    static String printable(String value) {
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String alertClassNames() {
        return "auth_failure, rate_limited, server_error";
    }
}
