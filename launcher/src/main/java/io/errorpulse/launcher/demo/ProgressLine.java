package io.errorpulse.launcher.demo;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A short progress line every few seconds: records in, rate, dead letters, alerts open. */
final class ProgressLine implements AutoCloseable {

    private static final long EVERY_SECONDS = 5;
    private final DemoCommand.DemoRun run;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-progress");
        t.setDaemon(true);
        return t;
    });
    private long lastProduced;

    ProgressLine(DemoCommand.DemoRun run, PrintStream out) {
        this.run = run;
        this.out = out;
    }

    ProgressLine start() {
        timer.scheduleAtFixedRate(this::print, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    private void print() {
        long produced = run.traffic == null ? 0 : run.traffic.produced();
        long rate = (produced - lastProduced) / EVERY_SECONDS;
        lastProduced = produced;
        out.printf("[%s] records in: %,d (%d/s)  dead-lettered: %d  alerts open: %d  streams: %s%n",
                LocalTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm:ss")), produced, rate,
                run.console == null ? 0 : run.console.deadLetters(),
                run.console == null ? 0 : run.console.openAlerts(),
                run.instance == null ? "-" : run.instance.streams().state());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
