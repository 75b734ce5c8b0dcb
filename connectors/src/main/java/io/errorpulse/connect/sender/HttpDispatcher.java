package io.errorpulse.connect.sender;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends one request and classifies the response: 2xx delivered; 5xx, 429 and I/O errors (including
 * timeouts) transient; every other status rejected. Redirects are not followed, so a POST never
 * turns into a GET, and a moved endpoint shows up as a rejection naming the status.
 */
public final class HttpDispatcher implements RequestSender {

    private final HttpClient client;
    private final Clock clock;
    private final int bodyMaxChars;

    public HttpDispatcher(HttpClient client, Clock clock, int bodyMaxChars) {
        this.client = client;
        this.clock = clock;
        this.bodyMaxChars = bodyMaxChars;
    }

    @Override
    public Outcome send(HttpRequest request) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Outcome.Transient(request.uri() + ": " + e, Optional.empty());
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Outcome.Delivered(status);
        }
        String reason = request.uri() + " answered " + status + ": " + excerpt(response.body());
        if (status == 429 || status >= 500) {
            return new Outcome.Transient(reason, RetryAfter.parse(response.headers().firstValue("Retry-After"), clock));
        }
        return new Outcome.Rejected(status, reason);
    }

    private String excerpt(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return flat.length() <= bodyMaxChars ? flat : flat.substring(0, bodyMaxChars) + "...";
    }
}
