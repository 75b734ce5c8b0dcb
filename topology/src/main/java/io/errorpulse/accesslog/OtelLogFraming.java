package io.errorpulse.accesslog;

/**
 * The OpenTelemetry log data model as JSON ({@code timestamp}, {@code body}, {@code attributes} as an
 * object), with HTTP semantic-convention attributes: {@code http.response.status_code} (or the older
 * {@code http.status_code}), {@code http.request.header.<name>} and {@code http.response.header.<name>}
 * as string arrays, {@code url.query} / {@code url.full}. Store and app come from
 * {@code attributes.store_id} / {@code attributes.app_id} when the emitter sets them.
 */
class OtelLogFraming extends Framing {

    OtelLogFraming() {
        this(LogSchema.OTEL);
        at(Role.TIME, "timestamp", "observedTimestamp", "time_unix_nano");
        at(Role.BODY, "body");
        recognisedBy("attributes.http.response.status_code", "attributes.http.status_code");
    }

    /** The attribute paths shared with {@link OtlpLogRecordFraming}. */
    OtelLogFraming(LogSchema schema) {
        super(schema);
        at(Role.STATUS, "attributes.http.response.status_code", "attributes.http.status_code");
        at(Role.STORE, "attributes.store_id");
        at(Role.APP, "attributes.app_id");
        at(Role.STORE_HEADER, "attributes.http.request.header.x-store-id");
        at(Role.APP_HEADER, "attributes.http.request.header.x-client-id");
        at(Role.AUTHORIZATION, "attributes.http.request.header.authorization");
        at(Role.CLIENT_SECRET, "attributes.http.request.header.x-client-secret");
        at(Role.API_KEY, "attributes.http.request.header.x-api-key");
        at(Role.RESPONSE_HEADERS, "attributes.http.response.header.*");
        at(Role.QUERY, "attributes.url.query", "attributes.url.full", "attributes.http.target", "attributes.http.url");
    }
}
