package io.errorpulse.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP calls from one instance to another's REST server: a keyed request forwarded to the owner of
 * its key, or the local part of a global view. One shared client (HTTP/1.1, kept-alive connections)
 * and a bounded timeout, so that a slow or dead peer costs a caller at most that timeout.
 */
public final class InstanceClient implements AutoCloseable {

    /** A peer's answer, relayed as it came (bytes: relaying needs no decoding). */
    public record PeerAnswer(int status, byte[] body, Optional<String> retryAfter) {
    }

    private final HttpClient client;
    private final ExecutorService executor;
    private final Duration timeout;

    public InstanceClient(Duration timeout) {
        this.timeout = timeout;
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .executor(executor)
                .build();
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * GETs {@code pathAndQuery} from {@code instance} ({@code host:port}) with {@code headers}. The
     * future fails on a connection error or when the peer does not answer within the timeout.
     */
    public CompletableFuture<PeerAnswer> get(String instance, String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + instance + pathAndQuery))
                .timeout(timeout)
                .GET();
        headers.forEach(request::header);
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new PeerAnswer(response.statusCode(), response.body(),
                        response.headers().firstValue("Retry-After")));
    }

    /** Like {@link #get} but waits; a failure becomes an {@link IOException}. */
    public PeerAnswer getNow(String instance, String pathAndQuery, Map<String, String> headers) throws IOException {
        try {
            return get(instance, pathAndQuery, headers).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IOException("instance " + instance + " did not answer: " + describe(e.getCause()), e.getCause());
        }
    }

    /** A short reason for a failed call, safe to show to a caller. */
    public static String describe(Throwable e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timeout";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e == null ? "unknown error" : e.getClass().getSimpleName();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "errorpulse-peer-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
