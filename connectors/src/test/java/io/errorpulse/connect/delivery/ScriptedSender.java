package io.errorpulse.connect.delivery;

import io.errorpulse.connect.sender.Outcome;
import io.errorpulse.connect.sender.RequestSender;
import java.net.http.HttpRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** Answers requests with scripted outcomes (then delivered), recording every request. */
final class ScriptedSender implements RequestSender {

    private final Deque<Outcome> script;
    final List<HttpRequest> sent = new ArrayList<>();

    ScriptedSender(Outcome... outcomes) {
        script = new ArrayDeque<>(Arrays.asList(outcomes));
    }

    @Override
    public Outcome send(HttpRequest request) {
        sent.add(request);
        return script.isEmpty() ? new Outcome.Delivered(200) : script.poll();
    }
}
