package io.errorpulse.accesslog;

/**
 * errorpulse's own JSON line: {@code status}, {@code ts}, {@code store_id}, {@code app_id},
 * {@code request_headers}, {@code response_headers}, {@code response_body}, and the request
 * {@code path} / {@code query} for the {@code store_id} parameter. Recognised last: any line with a
 * {@code status} that no other framing claims.
 */
final class DefaultJsonFraming extends Framing {

    DefaultJsonFraming() {
        super(LogSchema.DEFAULT);
        at(Role.STATUS, "status");
        at(Role.TIME, "ts");
        at(Role.STORE, "store_id");
        at(Role.APP, "app_id");
        at(Role.REQUEST_HEADERS, "request_headers");
        at(Role.RESPONSE_HEADERS, "response_headers");
        at(Role.BODY, "response_body");
        at(Role.QUERY, "query", "path", "url");
    }
}
