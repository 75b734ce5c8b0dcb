package io.errorpulse.accesslog;

/**
 * Envoy {@code json_format} access logs with the key names of Envoy's and Istio's examples:
 * {@code response_code} ({@code %RESPONSE_CODE%}, 0 when no response was sent), {@code start_time},
 * {@code path}, {@code local_reply_body}, and request headers logged as {@code %REQ(X-STORE-ID)%} under
 * {@code x_store_id}, {@code x_client_id}, {@code authorization}... Envoy writes {@code -} for an
 * absent header.
 */
final class EnvoyFraming extends Framing {

    EnvoyFraming() {
        super(LogSchema.ENVOY);
        at(Role.STATUS, "response_code");
        at(Role.TIME, "start_time");
        at(Role.STORE, "store_id");
        at(Role.APP, "app_id");
        at(Role.STORE_HEADER, "x_store_id", "x-store-id");
        at(Role.APP_HEADER, "x_client_id", "x-client-id");
        at(Role.AUTHORIZATION, "authorization");
        at(Role.CLIENT_SECRET, "x_client_secret", "x-client-secret");
        at(Role.API_KEY, "x_api_key", "x-api-key");
        at(Role.QUERY, "path", "x_envoy_original_path", "original_path");
        at(Role.BODY, "local_reply_body");
        recognisedBy("response_code");
    }
}
