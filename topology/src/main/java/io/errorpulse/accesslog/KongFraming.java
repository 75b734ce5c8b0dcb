package io.errorpulse.accesslog;

/**
 * Kong's file-log / http-log / tcp-log serializer: {@code response.status}, {@code started_at}
 * (milliseconds), {@code request.headers} and {@code response.headers} objects (repeated headers as
 * arrays), {@code request.querystring} already parsed, {@code request.url} / {@code request.uri}, and
 * a {@code response_body} (or {@code response.body}) when a custom field logs it.
 */
final class KongFraming extends Framing {

    KongFraming() {
        super(LogSchema.KONG);
        at(Role.STATUS, "response.status");
        at(Role.TIME, "started_at");
        at(Role.REQUEST_HEADERS, "request.headers");
        at(Role.RESPONSE_HEADERS, "response.headers");
        at(Role.STORE_QUERY, "request.querystring.store_id");
        at(Role.API_KEY, "request.querystring.api_key", "request.querystring.apikey",
                "request.querystring.token", "request.querystring.secret");
        at(Role.QUERY, "request.url", "request.uri", "upstream_uri");
        at(Role.BODY, "response_body", "response.body");
        recognisedBy("response.status");
    }
}
