package io.errorpulse.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ErrorpulseCli.class.getPackage().getImplementationVersion();
        return new String[] {"errorpulse " + (version == null ? "(development build)" : version)};
    }
}
