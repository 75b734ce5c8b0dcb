package io.errorpulse.envelope;

/**
 * No body, or only blanks and a byte-order mark: a 204, a HEAD, a 429 or 502 that a proxy
 * answered without content. Carries no code; classified by the HTTP status alone.
 */
final class EmptyShape {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EmptyShape() {
    }

    /**
     * The index of the body's first significant byte, after an optional UTF-8 byte-order mark and
     * JSON blanks, or -1 when there is none (the body is {@code empty}).
     */
    static int firstSignificantByte(byte[] body) {
        if (body == null) {
            return -1;
        }
        int i = 0;
        if (body.length >= 3 && body[0] == UTF8_BOM[0] && body[1] == UTF8_BOM[1] && body[2] == UTF8_BOM[2]) {
            i = 3;
        }
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
        }
        return -1;
    }
}
