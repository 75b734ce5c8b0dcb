package io.errorpulse.accesslog;

/** Builds the {@link AccessLogReader} that the settings ask for. */
public final class AccessLogReaders {

    private AccessLogReaders() {
    }

    public static AccessLogReader create(AccessLogSettings settings) {
        return new DefaultJsonReader();
    }
}
