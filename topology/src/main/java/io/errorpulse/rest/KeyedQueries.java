package io.errorpulse.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorpulse.query.InstanceClient;
import io.errorpulse.query.InstanceClient.PeerAnswer;
import io.errorpulse.query.KeyLocation;
import io.errorpulse.query.LocalAnswer;
import io.errorpulse.query.QueryBackend;
import io.errorpulse.query.StoreUnavailableException;
import io.errorpulse.query.WindowCountsReader.WindowCounts;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a query keyed by store where the key's data lives: locally when this instance holds the
 * active copy, else by forwarding the request (with the caller's credentials) to the active; while
 * the active cannot answer (rebalance, restore, gone), from a standby, saying so and how far behind
 * it is; and with a 503 + Retry-After when no copy answers.
 */
final class KeyedQueries {

    private static final Logger LOG = LoggerFactory.getLogger(KeyedQueries.class);

    private final QueryBackend backend;
    private final InstanceClient peers;

    private final ObjectMapper json;

    KeyedQueries(QueryBackend backend, InstanceClient peers, ObjectMapper json) {
        this.json = json;
        this.backend = backend;
        this.peers = peers;
    }

    /**
     * @param forwardPath the path and canonical query to send to the owner, built only when forwarding
     * @param render      turns the windows read locally into the answer
     */
    void answer(Context ctx, String store, TimeRange range, Supplier<String> forwardPath,
                Function<List<WindowCounts>, JsonFields> render) throws IOException {
        KeyLocation location = locate(store);
        String forwardedBy = ctx.header(PeerHeaders.FORWARDED_BY);
        if (forwardedBy != null) {
            local(ctx, location, store, range, render, QueryParams.printable(forwardedBy));
            return;
        }
        if (location.activeIs(backend.self())) {
            try {
                local(ctx, location, store, range, render, null);
                return;
            } catch (StoreUnavailableException e) {
                LOG.debug("active copy of a store unavailable locally, trying standbys: {}", e.getMessage());
            }
        } else if (forward(ctx, location.active(), forwardPath)) {
            return;
        }
        if (location.standbyIs(backend.self())) {
            local(ctx, location, store, range, render, null);
            return;
        }
        for (String standby : location.standbys()) {
            if (forward(ctx, standby, forwardPath)) {
                return;
            }
        }
        throw ApiError.unavailable("no copy of store " + QueryParams.printable(store)
                + " can answer right now (rebalance or restore in progress)");
    }

    private KeyLocation locate(String store) {
        try {
            return backend.locate(store);
        } catch (StoreUnavailableException e) {
            throw ApiError.unavailable(e.getMessage());
        }
    }

    private void local(Context ctx, KeyLocation location, String store, TimeRange range,
                       Function<List<WindowCounts>, JsonFields> render, String forwardedBy) {
        LocalAnswer<List<WindowCounts>> read;
        try {
            read = backend.windows(location, store, range.from(), range.to());
        } catch (StoreUnavailableException e) {
            throw ApiError.unavailable(e.getMessage());
        }
        JsonFields fields = render.apply(read.value());
        ctx.header(PeerHeaders.SERVED_BY, backend.self()).contentType("application/json");
        // written straight to the response: no intermediate copy of a 20 kB answer per request
        try (JsonGenerator json = this.json.getFactory().createGenerator(ctx.outputStream())) {
            json.writeStartObject();
            fields.write(json);
            json.writeObjectFieldStart("source");
            json.writeStringField("instance", backend.self());
            json.writeStringField("replica", read.replica().wireName());
            json.writeNumberField("lag_records", read.lag());
            if (forwardedBy != null) {
                json.writeStringField("forwarded_by", forwardedBy);
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            LOG.debug("answer to {} not sent: {}", RestServer.requestId(ctx), e.getMessage()); // the client went away
        }
    }

    /** Relays the owner's answer; false when the owner could not answer (down, timeout, 503). */
    private boolean forward(Context ctx, String instance, Supplier<String> forwardPath) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", ctx.header("Authorization"));
        headers.put(PeerHeaders.FORWARDED_BY, backend.self());
        headers.put(PeerHeaders.REQUEST_ID, RestServer.requestId(ctx));
        PeerAnswer answer;
        try {
            answer = peers.getNow(instance, forwardPath.get(), headers);
        } catch (IOException e) {
            LOG.info("forward to {} failed: {}", instance, e.getMessage());
            return false;
        }
        if (answer.status() == 503) {
            return false;
        }
        ctx.status(answer.status()).contentType("application/json").header(PeerHeaders.SERVED_BY, instance);
        if (answer.status() != 200) {
            ctx.result(answer.body()); // error answers pass through the error handlers, which read the result
            return true;
        }
        try {
            ctx.res().setContentLength(answer.body().length);
            ctx.outputStream().write(answer.body());
        } catch (IOException e) {
            LOG.debug("answer to {} not sent: {}", RestServer.requestId(ctx), e.getMessage());
        }
        return true;
    }
}
