package io.errorpulse.connect.sender;

import io.errorpulse.connect.format.Alert;
import java.net.http.HttpRequest;
import java.util.List;

/** One HTTP request and the alerts it carries, so that its outcome can be applied to them. */
public record AlertRequest(List<Alert> alerts, HttpRequest request) {
}
