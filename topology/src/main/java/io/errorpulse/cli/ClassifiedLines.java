package io.errorpulse.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.errorpulse.accesslog.AccessLogReader;
import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.accesslog.RequestClassifier;
import io.errorpulse.accesslog.UnreadableRecordException;
import io.errorpulse.envelope.CanonicalError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Writes the {@code classify} contract: one JSON object per input line, in input order. */
public final class ClassifiedLines {

    private static final JsonFactory JSON = new JsonFactory();

    private final AccessLogReader reader;
    private final RequestClassifier classifier;

    public ClassifiedLines(AccessLogReader reader, RequestClassifier classifier) {
        this.reader = reader;
        this.classifier = classifier;
    }

    public void classifyAll(BufferedReader lines, PrintStream out) throws IOException {
        String line;
        long number = 0;
        while ((line = lines.readLine()) != null) {
            out.println(classifyLine(++number, line));
        }
    }

    /** The output object for one line: never throws, whatever the line. */
    public String classifyLine(long number, String line) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("line", number);
            try {
                ClassifiedRequest request = classifier.classify(reader.read(line.getBytes(StandardCharsets.UTF_8)));
                CanonicalError error = request.error();
                json.writeBooleanField("ok", true);
                json.writeStringField("event_time", request.record().hasEventTime()
                        ? Instant.ofEpochMilli(request.record().eventTimeMs()).toString() : null);
                json.writeStringField("store", request.record().store());
                json.writeStringField("app", request.record().app());
                json.writeNumberField("status", request.record().status());
                json.writeStringField("code", error.code());
                json.writeStringField("dialect", error.dialect().wireName());
                json.writeStringField("category", error.category().wireName());
                json.writeStringField("alert_class", error.alertClass().wireName());
                json.writeStringField("retry", error.retry().wireName());
            } catch (UnreadableRecordException e) {
                json.writeBooleanField("ok", false);
                json.writeStringField("reason", e.reason());
            }
            json.writeEndObject();
        }
        return text.toString();
    }
}
