package io.errorpulse.rest;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorpulse.metrics.PrometheusMetrics;
import io.errorpulse.query.InstanceClient;
import io.errorpulse.query.QueryBackend;
import io.errorpulse.query.StoreUnavailableException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interactive-query REST API of one instance: wiring of routes, error envelope, request ids and
 * latency metrics. The answers come from the resources; where data lives from the {@link QueryBackend}.
 * {@code /healthz}, {@code /readyz} and {@code /openapi.json} are open, {@code /metrics} is open or
 * not by configuration, every {@code /v1} route needs {@code Authorization: Bearer <api key>}.
 */
public final class RestServer implements AutoCloseable {

    /** Every route served, as documented in {@code /openapi.json}. */
    public static final List<String> ROUTES = List.of(
            "/healthz", "/readyz", "/metrics", "/openapi.json",
            "/v1/stores/{store}/rates", "/v1/stores/{store}/apps/{app}/rates", "/v1/stores/{store}/codes",
            "/v1/top/stores", "/v1/top/apps", "/v1/alerts");

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String REQUEST_ID_ATTRIBUTE = "errorpulse.request-id";

    private final Javalin app;
    private final InstanceClient peers;

    public RestServer(RestSettings settings, QueryBackend backend, PrometheusMetrics metrics, Clock clock) {
        ObjectMapper json = JavalinJackson.defaultMapper();
        // rates are doubles, hundreds per answer: Jackson's Schubfach writer instead of Double.toString
        json.getFactory().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
        peers = new InstanceClient(settings.peerTimeout());
        Authenticator auth = new Authenticator(settings.keys());
        QueryParams params = new QueryParams(clock, settings.retention());
        KeyedQueries keyed = new KeyedQueries(backend, peers, json);
        GlobalQueries global = new GlobalQueries(backend, peers, json);
        RatesResource rates = new RatesResource(auth, params, keyed);
        TopCodesResource codes = new TopCodesResource(auth, params, keyed);
        TopOffendersResource top = new TopOffendersResource(auth, params, backend, global);
        AlertsResource alerts = new AlertsResource(auth, backend, global, json);
        HealthResource health = new HealthResource(backend);
        MetricsResource metricsResource = new MetricsResource(metrics, settings.metricsOpen() ? null : auth);
        OpenApiResource openApi = new OpenApiResource();

        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(json)));
            config.routes.before(RestServer::assignRequestId);
            config.routes.get("/healthz", health::alive);
            config.routes.get("/readyz", health::ready);
            config.routes.get("/metrics", metricsResource::scrape);
            config.routes.get("/openapi.json", openApi::document);
            config.routes.get("/v1/stores/{store}/rates", rates::storeRates);
            config.routes.get("/v1/stores/{store}/apps/{app}/rates", rates::appRates);
            config.routes.get("/v1/stores/{store}/codes", codes::topCodes);
            config.routes.get("/v1/top/stores", top::topStores);
            config.routes.get("/v1/top/apps", top::topApps);
            config.routes.get("/v1/alerts", alerts::activeAlerts);
            errors(config);
            config.requestLogger.http((ctx, ms) -> metrics.rest().record(routeOf(ctx), ctx.method().name(),
                    ctx.statusCode(), Duration.ofNanos((long) (ms * 1_000_000))));
        });
    }

    private static void errors(JavalinConfig config) {
        config.routes.exception(ApiError.Failure.class, RestServer::fail);
        config.routes.exception(StoreUnavailableException.class, (e, ctx) -> fail(ApiError.unavailable(e.getMessage()), ctx));
        config.routes.exception(InvalidStateStoreException.class, (e, ctx) ->
                fail(ApiError.unavailable("state is not queryable right now"), ctx));
        config.routes.exception(StreamsException.class, (e, ctx) ->
                fail(ApiError.unavailable("Kafka Streams cannot answer right now"), ctx));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                ctx.header("Allow", "GET"); // every route is a GET
            }
            fail(ApiError.forStatus(e.getStatus()), ctx);
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed on {} {}", requestId(ctx), ctx.method(), routeOf(ctx), e);
            fail(ApiError.internal(), ctx);
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.json(ApiError.notFound("no route " + ctx.method().name() + " " + QueryParams.printable(ctx.path()))
                        .toError(requestId(ctx)));
            }
        });
    }

    private static void fail(ApiError.Failure failure, Context ctx) {
        if (failure.retryAfterSeconds() != null) {
            ctx.header("Retry-After", failure.retryAfterSeconds().toString());
        }
        ctx.status(failure.status()).json(failure.toError(requestId(ctx)));
    }

    private static void assignRequestId(Context ctx) {
        String id = requestIdOrNew(ctx.header(PeerHeaders.REQUEST_ID));
        ctx.attribute(REQUEST_ID_ATTRIBUTE, id);
        ctx.header(PeerHeaders.REQUEST_ID, id);
    }

    /** The caller's {@code X-Request-Id} when it is safe to echo, else a new one. */
    static String requestIdOrNew(String given) {
        return given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The id of this request: the caller's {@code X-Request-Id} when it is safe to echo, else a new one. */
    static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID_ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            ctx.attribute(REQUEST_ID_ATTRIBUTE, id);
        }
        return id;
    }

    private static String routeOf(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    public RestServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        peers.close();
    }
}
