package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.state.StoreWindowCounts;
import org.apache.kafka.streams.KeyValue;

/** Turns one classified request into the partial count of its store that crosses the repartition. */
public final class StorePartials {

    private StorePartials() {
    }

    public static KeyValue<String, StoreWindowCounts> of(Object ignoredKey, ClassifiedRequest request) {
        AccessRecord record = request.record();
        return KeyValue.pair(record.store(), StoreWindowCounts.of(record.app(), record.status(), request.error()));
    }
}
