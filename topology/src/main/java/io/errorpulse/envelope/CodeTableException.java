package io.errorpulse.envelope;

/**
 * A code-mapping file that cannot be used. The message names the file and the line, so that an
 * operator can fix a user mapping file without reading a stack trace.
 */
public final class CodeTableException extends RuntimeException {

    public CodeTableException(String message) {
        super(message);
    }

    public CodeTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
