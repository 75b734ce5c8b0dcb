package io.errorpulse.connect.sender;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** What every request of a task shares: the endpoint, the timeout and the configured headers. */
public final class RequestTemplate {

    private final URI endpoint;
    private final Duration timeout;
    private final Map<String, String> headers;
    private final Optional<String> authorization;
    private final String userAgent;

    public RequestTemplate(URI endpoint, Duration timeout, Map<String, String> headers,
                           Optional<String> authorization, String userAgent) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.headers = Map.copyOf(headers);
        this.authorization = authorization;
        this.userAgent = userAgent;
    }

    /** A JSON POST of {@code body} to the endpoint, with the shared headers set. */
    public HttpRequest.Builder post(byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }
}
