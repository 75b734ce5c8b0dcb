package io.errorpulse.rest;

import java.util.List;

/**
 * One working {@code curl} line per route, for a running instance and a key: what the demo prints so
 * that a newcomer can try every endpoint. Kept beside the routes so that it changes with them.
 */
public final class RestExamples {

    private RestExamples() {
    }

    /**
     * @param baseUrl e.g. {@code http://127.0.0.1:8080}
     * @param apiKey  a plain key accepted by the instance
     * @param store   a store that has traffic
     * @param app     an app of that store
     */
    public static List<String> curlLines(String baseUrl, String apiKey, String store, String app) {
        String auth = "curl -s -H 'Authorization: Bearer " + apiKey + "' '" + baseUrl;
        return List.of(
                "curl -s " + baseUrl + "/healthz",
                "curl -s " + baseUrl + "/readyz",
                "curl -s " + baseUrl + "/metrics",
                "curl -s " + baseUrl + "/openapi.json",
                auth + "/v1/stores/" + store + "/rates?step=5m'",
                auth + "/v1/stores/" + store + "/apps/" + app + "/rates'",
                auth + "/v1/stores/" + store + "/codes?limit=5'",
                auth + "/v1/top/stores?class=auth_failure&limit=5'",
                auth + "/v1/top/apps?class=rate_limited&limit=5'",
                auth + "/v1/alerts'");
    }
}
