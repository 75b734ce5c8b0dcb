package io.errorpulse.envelope;

/**
 * Any non-empty body that does not start like JSON ({@code {} or {@code [}) and is not an HTML
 * page: {@code Unauthorized}, {@code upstream connect error or disconnect/reset before headers},
 * {@code 404 page not found}, a bare JSON string or number, XML. Carries no code.
 */
final class PlainTextShape {

    private PlainTextShape() {
    }

    /** Whether a body whose first significant byte is at {@code start} is read as JSON at all. */
    static boolean startsLikeJson(byte[] body, int start) {
        byte b = body[start];
        return b == '{' || b == '[';
    }
}
