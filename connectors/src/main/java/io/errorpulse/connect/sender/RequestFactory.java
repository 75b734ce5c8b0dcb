package io.errorpulse.connect.sender;

import io.errorpulse.connect.format.Alert;
import java.util.List;

/** Turns alerts into the requests a target expects; one implementation per target type. */
public interface RequestFactory {

    /** The requests that deliver {@code alerts}, in order; every alert in exactly one request. */
    List<AlertRequest> requests(List<Alert> alerts);
}
