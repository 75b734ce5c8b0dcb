package io.errorpulse.query;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * HTTP calls from one instance to another's REST server: a keyed request forwarded to the owner of
 * its key, or the local part of a global view. One shared Jetty client (HTTP/1.1, kept-alive
 * connections, no compression: peers talk over the data-centre network, and compressing a 20 kB
 * answer costs more than sending it) and a bounded timeout, so that a slow or dead peer costs a
 * caller at most that timeout.
 */
public final class InstanceClient implements AutoCloseable {

    /** The largest peer answer read; an answer of a global view is far smaller. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    /** A peer's answer, relayed as it came (bytes: relaying needs no decoding). */
    public record PeerAnswer(int status, byte[] body, Optional<String> retryAfter) {
    }

    private final HttpClient client;
    private final Duration timeout;

    public InstanceClient(Duration timeout) {
        this.timeout = timeout;
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("errorpulse-peer");
        threads.setDaemon(true);
        this.client = new HttpClient();
        client.setExecutor(threads);
        client.setConnectTimeout(timeout.toMillis());
        client.setFollowRedirects(false);
        client.setMaxConnectionsPerDestination(256);
        client.getContentDecoderFactories().clear();
        client.setUserAgentField(null);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client for peer instances", e);
        }
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * GETs {@code pathAndQuery} from {@code instance} ({@code host:port}) with {@code headers}. The
     * future fails on a connection error or when the peer does not answer within the timeout.
     */
    public CompletableFuture<PeerAnswer> get(String instance, String pathAndQuery, Map<String, String> headers) {
        CompletableFuture<PeerAnswer> answer = new CompletableFuture<>();
        client.newRequest("http://" + instance + pathAndQuery)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .headers(fields -> headers.forEach(fields::put))
                .send(new BufferingResponseListener(MAX_ANSWER_BYTES) {
                    @Override
                    public void onComplete(Result result) {
                        if (result.isFailed()) {
                            answer.completeExceptionally(result.getFailure());
                        } else {
                            answer.complete(new PeerAnswer(result.getResponse().getStatus(), getContent(),
                                    Optional.ofNullable(result.getResponse().getHeaders().get(HttpHeader.RETRY_AFTER))));
                        }
                    }
                });
        return answer;
    }

    /** Like {@link #get} but waits; a failure becomes an {@link IOException}. */
    public PeerAnswer getNow(String instance, String pathAndQuery, Map<String, String> headers) throws IOException {
        try {
            return get(instance, pathAndQuery, headers).join();
        } catch (CompletionException e) {
            throw new IOException("instance " + instance + " did not answer: " + describe(e.getCause()), e.getCause());
        }
    }

    /** A short reason for a failed call, safe to show to a caller. */
    public static String describe(Throwable e) {
        if (e instanceof TimeoutException || e instanceof java.net.SocketTimeoutException) {
            return "timeout";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e == null ? "unknown error" : e.getClass().getSimpleName();
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the HTTP client for peer instances", e);
        }
    }
}
