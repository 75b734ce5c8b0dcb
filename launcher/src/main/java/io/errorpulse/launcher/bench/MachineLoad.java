package io.errorpulse.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The load of the machine, printed with every figure: a benchmark on a busy machine says so. */
final class MachineLoad {

    private MachineLoad() {
    }

    static String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + load[0] + " " + load[1] + " " + load[2] + " on " + cores + " cores";
        } catch (IOException | RuntimeException e) {
            return cores + " cores";
        }
    }
}
