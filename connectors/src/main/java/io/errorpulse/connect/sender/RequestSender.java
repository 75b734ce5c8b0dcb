package io.errorpulse.connect.sender;

import java.net.http.HttpRequest;

/** Sends a request and says what became of it; {@link HttpDispatcher} is the real one. */
@FunctionalInterface
public interface RequestSender {

    Outcome send(HttpRequest request) throws InterruptedException;
}
