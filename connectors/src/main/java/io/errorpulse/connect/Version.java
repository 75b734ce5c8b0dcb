package io.errorpulse.connect;

/** The plugin version, from the jar manifest; Connect shows it in {@code GET /connector-plugins}. */
public final class Version {

    private Version() {
    }

    public static String get() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
