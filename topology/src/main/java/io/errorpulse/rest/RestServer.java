package io.errorpulse.rest;

import io.errorpulse.query.WindowCountsReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The interactive-query REST API of one instance. {@code /healthz} and {@code /readyz} are open;
 * every {@code /v1} route needs {@code Authorization: Bearer <api key>}.
 */
public final class RestServer implements AutoCloseable {

    private final Javalin app;

    public RestServer(String host, int port, ApiKeys keys, WindowCountsReader reader, KafkaStreamsReadiness readiness) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.routes.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.get("/readyz", ctx -> {
                boolean ready = readiness.getAsBoolean();
                ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "ready" : "not_ready"));
            });
            config.routes.before("/v1/*", ctx -> authorize(ctx, keys));
            config.routes.get("/v1/stores/{store}/rates", ctx -> rates(ctx, reader, null));
            config.routes.get("/v1/stores/{store}/apps/{app}/rates", ctx -> rates(ctx, reader, ctx.pathParam("app")));
            config.routes.exception(ApiError.Failure.class, (failure, ctx) ->
                    ctx.status(failure.status()).json(failure.toError(requestId(ctx))));
            config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).json(
                    new ApiError.Failure(500, "api_error", "internal_error", "internal error", null).toError(requestId(ctx))));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(ApiError.notFound("no route " + ctx.method() + " " + ctx.path()).toError(requestId(ctx)));
                }
            });
        });
    }

    /** Whether Kafka Streams is running, for {@code /readyz}. */
    public interface KafkaStreamsReadiness extends BooleanSupplier {
        static KafkaStreamsReadiness of(KafkaStreams streams) {
            return () -> streams.state() == KafkaStreams.State.RUNNING;
        }
    }

    public RestServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    private static void authorize(Context ctx, ApiKeys keys) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() == 7) {
            throw new ApiError.Failure(401, "authentication_error", "missing_token",
                    "send the API key as Authorization: Bearer <key>", null);
        }
        ApiKeys.Grant grant = keys.grantFor(header.substring(7).trim()).orElseThrow(() -> new ApiError.Failure(401,
                "authentication_error", "invalid_token", "the API key is not valid", null));
        String store = ctx.pathParamMap().get("store");
        if (store != null && !grant.sees(store)) {
            throw ApiError.notFound("no store " + store);
        }
    }

    private static void rates(Context ctx, WindowCountsReader reader, String app) {
        Instant to = instantParam(ctx, "to", Instant.now());
        Instant from = instantParam(ctx, "from", to.minus(Duration.ofHours(1)));
        if (from.isAfter(to)) {
            throw ApiError.badRequest("from", "from must not be after to");
        }
        String store = ctx.pathParam("store");
        ctx.json(RatesView.of(store, app, from.toString(), to.toString(), reader.read(store, from, to)));
    }

    private static Instant instantParam(Context ctx, String name, Instant fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name, name + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }

    private static String requestId(Context ctx) {
        String id = ctx.attribute("request-id");
        if (id == null) {
            id = UUID.randomUUID().toString();
            ctx.attribute("request-id", id);
        }
        return id;
    }

    @Override
    public void close() {
        app.stop();
    }
}
