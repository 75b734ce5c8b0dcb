package io.errorpulse.accesslog;

/**
 * nginx {@code log_format ... escape=json} with variables under their own names: {@code status} (a
 * string), {@code time_iso8601} / {@code msec} / {@code time_local}, {@code http_x_store_id},
 * {@code http_x_client_id}, {@code http_authorization}, {@code request_uri} / {@code args},
 * {@code sent_http_<header>} response headers, and a body variable ({@code resp_body}, set by OpenResty
 * Lua). Recognised by a {@code status} next to one of nginx's own variables. A line logged without
 * {@code escape=json} is not JSON ({@code \x22} escapes) and is dead-lettered as such.
 */
final class NginxFraming extends Framing {

    NginxFraming() {
        super(LogSchema.NGINX);
        at(Role.STATUS, "status");
        at(Role.TIME, "time_iso8601", "msec", "time_local");
        at(Role.STORE, "store_id");
        at(Role.APP, "app_id");
        at(Role.STORE_HEADER, "http_x_store_id");
        at(Role.APP_HEADER, "http_x_client_id");
        at(Role.STORE_QUERY, "arg_store_id");
        at(Role.AUTHORIZATION, "http_authorization");
        at(Role.CLIENT_SECRET, "http_x_client_secret");
        at(Role.API_KEY, "http_x_api_key", "arg_api_key");
        at(Role.QUERY, "args", "query_string", "request_uri", "request");
        at(Role.BODY, "resp_body", "response_body");
        at(Role.RESPONSE_HEADERS, "sent_http_*");
        recognisedBy("time_iso8601", "time_local", "msec", "body_bytes_sent");
    }
}
