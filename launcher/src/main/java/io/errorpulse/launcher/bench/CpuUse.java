package io.errorpulse.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the CPU of a run went: the whole bench process (broker included), the stream threads of the
 * application measured, and the whole machine (every process, the kernel's work on loopback traffic,
 * and time the hypervisor gave to others). Records/s hide whether a run was short of CPU or waiting:
 * a machine near 100% busy is CPU-bound, and then the CPU per record is what a faster run must cut.
 *
 * @param processSeconds      CPU time of the bench process
 * @param streamThreadSeconds CPU time of the measured application's stream threads
 * @param machineBusySeconds  core-seconds the machine's cores were not idle (stolen time included)
 * @param machineSeconds      core-seconds the machine had: its cores times the run's wall time
 */
public record CpuUse(double processSeconds, double streamThreadSeconds, double machineBusySeconds, double machineSeconds) {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    /**
     * The machine's cores and the ticks they spent busy and in all, summed over the cores, from
     * {@code /proc/stat}; all -1 where it is not readable.
     */
    public record Ticks(long busy, long total, int cores) {
        static final Ticks UNKNOWN = new Ticks(-1, -1, -1);
    }

    /** What is known at one moment. */
    public record Sample(long wallNanos, long processNanos, Map<Long, Long> streamThreadNanos, Ticks machine) {
    }

    /** The fraction of the machine's cores that were busy, NaN when not known. */
    public double machineBusy() {
        return machineSeconds > 0 ? machineBusySeconds / machineSeconds : Double.NaN;
    }

    /** A sample now, with the CPU of the stream threads of the application {@code applicationId}. */
    public static Sample sample(String applicationId) {
        return new Sample(System.nanoTime(), processNanos(), streamThreadNanos(applicationId), machineTicks(readProcStat()));
    }

    /**
     * The CPU used from {@code start} to {@code end}. The machine's share is its cores' busy fraction of
     * the ticks over the run, times the cores {@code /proc/stat} lists (a container may see fewer
     * processors than the machine has, and the busy ticks are the whole machine's).
     */
    public static CpuUse between(Sample start, Sample end) {
        double wall = (end.wallNanos() - start.wallNanos()) / 1e9;
        long streamNanos = 0;
        for (Map.Entry<Long, Long> thread : end.streamThreadNanos().entrySet()) {
            streamNanos += thread.getValue() - start.streamThreadNanos().getOrDefault(thread.getKey(), 0L);
        }
        Ticks from = start.machine();
        Ticks to = end.machine();
        long totalTicks = to.total() - from.total();
        boolean known = from.total() >= 0 && to.total() >= 0 && totalTicks > 0 && to.cores() > 0;
        double machine = known ? to.cores() * wall : 0;
        double busy = known ? machine * (to.busy() - from.busy()) / totalTicks : 0;
        return new CpuUse((end.processNanos() - start.processNanos()) / 1e9, streamNanos / 1e9, busy, machine);
    }

    /**
     * Busy and total ticks of all cores from the first line of {@code /proc/stat}
     * ({@code cpu user nice system idle iowait irq softirq steal ...}; idle and iowait are not busy), and
     * the cores, one {@code cpuN} line each. {@link Ticks#UNKNOWN} when the lines are not of that form.
     */
    static Ticks machineTicks(List<String> procStat) {
        if (procStat.isEmpty() || !procStat.get(0).startsWith("cpu ")) {
            return Ticks.UNKNOWN;
        }
        String[] fields = procStat.get(0).trim().split("\\s+");
        if (fields.length < 5) {
            return Ticks.UNKNOWN;
        }
        int cores = 0;
        for (String line : procStat) {
            if (line.length() > 3 && line.startsWith("cpu") && Character.isDigit(line.charAt(3))) {
                cores++;
            }
        }
        if (cores == 0) {
            return Ticks.UNKNOWN;
        }
        long total = 0;
        long idle = 0;
        try {
            for (int i = 1; i < Math.min(fields.length, 9); i++) { // guest time is already in user and nice
                long ticks = Long.parseLong(fields[i]);
                total += ticks;
                if (i == 4 || i == 5) {
                    idle += ticks;
                }
            }
        } catch (NumberFormatException e) {
            return Ticks.UNKNOWN;
        }
        return new Ticks(total - idle, total, cores);
    }

    private static List<String> readProcStat() {
        try {
            return Files.readAllLines(PROC_STAT);
        } catch (IOException | UnsupportedOperationException e) {
            return List.of();
        }
    }

    private static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time by thread id of the threads named for {@code applicationId}'s stream threads (not their producers). */
    private static Map<Long, Long> streamThreadNanos(String applicationId) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            if (name.startsWith(applicationId) && name.contains("-StreamThread-")) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }
}
