package io.errorpulse.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Peaks of this JVM's memory, sampled a few times a second: heap used (garbage included, the figure a
 * heap limit must hold), heap live after a collection (what the application really retains), and the
 * resident set size high-water mark of the process from {@code /proc/self/status} (VmHWM: heap,
 * RocksDB, metaspace, thread stacks, everything).
 */
public final class MemoryPeaks implements AutoCloseable {

    private static final long SAMPLE_MS = 100;
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile long heapUsedPeak;
    private volatile long heapLivePeak;
    private volatile boolean running = true;

    public MemoryPeaks() {
        sampler = new Thread(this::sample, "bench-memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Forgets the peaks so far (the heap ones; VmHWM is the kernel's and only grows). */
    public void reset() {
        heapUsedPeak = 0;
        heapLivePeak = 0;
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public long heapUsedPeak() {
        return heapUsedPeak;
    }

    /** The largest heap in use right after a collection, over all pools; -1 before the first collection. */
    public long heapLivePeak() {
        return heapLivePeak;
    }

    public static long heapMax() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    /** VmHWM of this process in bytes, or -1 where /proc is not there. */
    public static long residentPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            heapUsedPeak = Math.max(heapUsedPeak, used);
            long live = 0;
            boolean collected = false;
            for (MemoryPoolMXBean pool : heapPools) {
                MemoryUsage afterGc = pool.getCollectionUsage();
                if (afterGc != null) {
                    live += afterGc.getUsed();
                    collected = true;
                }
            }
            if (collected) {
                heapLivePeak = Math.max(heapLivePeak, live);
            }
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
