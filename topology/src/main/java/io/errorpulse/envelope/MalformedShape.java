package io.errorpulse.envelope;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;

/**
 * A body that starts like JSON but is not one usable envelope: invalid or truncated JSON, content
 * after the JSON value, deeper than 512 levels or over another limit of {@link EnvelopeJson}, a
 * top-level array, or an object no dialect recognises. Carries no code; classified by the HTTP
 * status alone.
 *
 * <p>This includes ordinary success payloads ({@code {"id": 42, ...}} at 200): they are no
 * envelope either, and their category is {@code none} like every non-error 1xx-3xx response.
 *
 * <p>Invalid UTF-8 alone does not make a body malformed: when Jackson rejects a body and the body
 * is not valid UTF-8, it is read once more with the bad sequences replaced (see {@link Utf8}).
 */
final class MalformedShape {

    private MalformedShape() {
    }

    /** The members of the JSON object at {@code body[start..]}, or null when the body is malformed. */
    static EnvelopeMembers readObject(byte[] body, int start) {
        EnvelopeMembers members = new EnvelopeMembers();
        try {
            return readObject(body, start, body.length - start, members);
        } catch (IOException notJson) {
            if (Utf8.isValid(body, start)) {
                return null;
            }
        }
        byte[] repaired = Utf8.repair(body, start);
        try {
            return readObject(repaired, 0, repaired.length, new EnvelopeMembers());
        } catch (IOException stillNotJson) {
            return null;
        }
    }

    private static EnvelopeMembers readObject(byte[] body, int offset, int length, EnvelopeMembers members)
            throws IOException {
        // The whole-array overload when possible: Jackson's (offset, length) one builds a costlier
        // source reference for every parser.
        try (JsonParser p = offset == 0 && length == body.length
                ? EnvelopeJson.FACTORY.createParser(body)
                : EnvelopeJson.FACTORY.createParser(body, offset, length)) {
            boolean single = EnvelopeReader.read(p, members);
            return single && members.topIsObject ? members : null;
        }
    }
}
