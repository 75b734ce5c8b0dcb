package io.errorpulse.accesslog;

import java.util.List;

/**
 * One OTLP/JSON {@code logRecord} (what an OpenTelemetry collector pipeline emits per record):
 * {@code timeUnixNano} as a string of nanoseconds, {@code body.stringValue}, and {@code attributes} as a
 * list of {@code {key, value}} with typed AnyValues ({@code intValue} as a string, {@code arrayValue} for
 * header values). The attribute keys are those of {@link OtelLogFraming}. Recognised by
 * {@code timeUnixNano} / {@code observedTimeUnixNano} or by an attribute list.
 */
final class OtlpLogRecordFraming extends OtelLogFraming {

    OtlpLogRecordFraming() {
        super(LogSchema.OTLP);
        at(Role.TIME, "timeUnixNano", "observedTimeUnixNano");
        at(Role.BODY, "body.stringValue");
        recognisedBy("timeUnixNano", "observedTimeUnixNano");
    }

    @Override
    List<String> keyValueLists() {
        return List.of("attributes");
    }

    @Override
    boolean recognisesShape(Captured captured) {
        return captured.hasKeyValueList();
    }
}
