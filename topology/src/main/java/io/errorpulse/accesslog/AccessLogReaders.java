package io.errorpulse.accesslog;

/** Builds the {@link AccessLogReader} that the settings ask for. */
public final class AccessLogReaders {

    private AccessLogReaders() {
    }

    /**
     * A thread-safe reader of the configured framing ({@link LogSchema#AUTO}: recognised per record),
     * with the configured field remaps. Build it once: it precomputes its field tree.
     *
     * @throws IllegalArgumentException when a field remap names an unknown role or a malformed path
     */
    public static AccessLogReader create(AccessLogSettings settings) {
        return new FramedReader(settings == null ? AccessLogSettings.defaults() : settings);
    }
}
