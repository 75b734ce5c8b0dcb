package io.errorpulse.accesslog;

/**
 * Elastic Common Schema, nested objects or dotted keys alike (Filebeat and Elastic Agent write both):
 * {@code http.response.status_code}, {@code @timestamp}, {@code labels.store_id} / {@code labels.app_id},
 * {@code http.response.body.content}, {@code url.query} / {@code url.original} / {@code url.full}.
 * ECS has no standard header fields; {@code http.request.headers} and {@code http.response.headers}
 * objects are read when a pipeline adds them.
 */
final class EcsFraming extends Framing {

    EcsFraming() {
        super(LogSchema.ECS);
        at(Role.STATUS, "http.response.status_code");
        at(Role.TIME, "@timestamp");
        at(Role.STORE, "labels.store_id");
        at(Role.APP, "labels.app_id");
        at(Role.REQUEST_HEADERS, "http.request.headers");
        at(Role.RESPONSE_HEADERS, "http.response.headers");
        at(Role.BODY, "http.response.body.content");
        at(Role.QUERY, "url.query", "url.original", "url.full");
        recognisedBy("http.response.status_code");
    }
}
