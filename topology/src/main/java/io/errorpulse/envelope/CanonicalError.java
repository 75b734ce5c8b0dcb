package io.errorpulse.envelope;

/**
 * What one logged response means, in errorpulse's taxonomy.
 *
 * @param code       the machine code the envelope carries, as carried; null when none
 * @param dialect    which envelope shape matched
 * @param category   the canonical category ({@link Category#NONE} for a success)
 * @param alertClass the spike class this response counts towards, or {@link AlertClass#NONE}
 * @param retry      the retry advice
 * @param docUrl     a documentation or runbook link the envelope carried; null when none
 */
public record CanonicalError(
        String code, Dialect dialect, Category category, AlertClass alertClass, Retry retry, String docUrl) {

    public boolean isError() {
        return category != Category.NONE;
    }
}
