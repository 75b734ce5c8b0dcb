package io.errorpulse.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void shouldCountEveryStateButIdleAndIowaitAsBusy() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        CpuUse.Ticks ticks = CpuUse.machineTicks(List.of("cpu  100 5 40 800 10 3 2 40 7 0",
                "cpu0 50 2 20 400 5 1 1 20 3 0", "cpu1 50 3 20 400 5 2 1 20 4 0", "intr 1 2 3", "ctxt 42"));

        assertThat(ticks).isEqualTo(new CpuUse.Ticks(190, 1000, 2));
    }

    @Test
    void shouldNotKnowTheMachineWithoutAnAggregateCpuLine() {
        assertThat(CpuUse.machineTicks(List.of())).isEqualTo(CpuUse.Ticks.UNKNOWN);
        assertThat(CpuUse.machineTicks(List.of("intr 1 2 3"))).isEqualTo(CpuUse.Ticks.UNKNOWN);
        assertThat(CpuUse.machineTicks(List.of("cpu  12 x 3 4", "cpu0 12 1 3 4"))).isEqualTo(CpuUse.Ticks.UNKNOWN);
        assertThat(CpuUse.machineTicks(List.of("cpu  12 1 3 4"))).as("no core listed").isEqualTo(CpuUse.Ticks.UNKNOWN);
    }

    @Test
    void shouldShareTheMachineAsItsTicksWereSharedOverTheRun() {
        CpuUse.Sample start = new CpuUse.Sample(0, 1_000_000_000L, Map.of(1L, 100_000_000L, 2L, 0L),
                new CpuUse.Ticks(1_000, 5_000, 2));
        CpuUse.Sample end = new CpuUse.Sample(10_000_000_000L, 16_000_000_000L,
                Map.of(1L, 5_100_000_000L, 2L, 4_000_000_000L, 3L, 500_000_000L), new CpuUse.Ticks(1_900, 6_000, 2));

        CpuUse used = CpuUse.between(start, end);

        assertThat(used.processSeconds()).isCloseTo(15.0, within(1e-9));
        assertThat(used.streamThreadSeconds()).as("a thread started during the run counts from zero").isCloseTo(9.5, within(1e-9));
        assertThat(used.machineSeconds()).isCloseTo(20.0, within(1e-9));
        assertThat(used.machineBusy()).isCloseTo(0.9, within(1e-9));
        assertThat(used.machineBusySeconds()).isCloseTo(18.0, within(1e-9));
    }

    @Test
    void shouldLeaveTheMachineUnknownWhereProcStatIsNotReadable() {
        CpuUse.Sample start = new CpuUse.Sample(0, 0, Map.of(), CpuUse.Ticks.UNKNOWN);
        CpuUse.Sample end = new CpuUse.Sample(1_000_000_000L, 500_000_000L, Map.of(), CpuUse.Ticks.UNKNOWN);

        CpuUse used = CpuUse.between(start, end);

        assertThat(used.machineBusy()).isNaN();
        ThroughputRun.Result result = new ThroughputRun.Result("errorpulse", 1_000, 1.0, 0.2, used, 1_000);
        assertThat(result.machineMicrosPerRecord()).isNaN();
        assertThat(result.cpuPerRecord()).isEqualTo("process 500.0 us, stream threads 0.0 us, machine not known");
    }

    @Test
    void shouldFindTheStreamThreadsOfTheApplicationByName() throws InterruptedException {
        CountDownLatch sampled = new CountDownLatch(1);
        Runnable waitForSample = () -> {
            try {
                sampled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<Thread> threads = List.of(new Thread(waitForSample, "bench-app-1234-StreamThread-1"),
                new Thread(waitForSample, "kafka-producer-network-thread | bench-app-1234-StreamThread-1-producer"),
                new Thread(waitForSample, "bench-app-1234-StateUpdater-1"),
                new Thread(waitForSample, "other-app-1234-StreamThread-1"));
        threads.forEach(Thread::start);
        try {
            assertThat(CpuUse.sample("bench-app").streamThreadNanos()).containsOnlyKeys(threads.get(0).getId());
        } finally {
            sampled.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }
}
