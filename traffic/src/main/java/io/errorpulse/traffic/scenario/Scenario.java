package io.errorpulse.traffic.scenario;

import io.errorpulse.traffic.StormKind;
import io.errorpulse.traffic.TrafficModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A day (or any span) of per-minute traffic for many stores and apps: Zipf-skewed volumes with a daily
 * cycle and noise, a background error mix per store and app, storms of the three classes injected in
 * three shapes, and one store whose traffic simply doubles half way (not a storm). Deterministic for
 * a seed; plays minute by minute without holding the day in memory.
 */
public final class Scenario {

    private final long startMs;
    private final int minutes;
    private final int stores;
    private final int apps;
    private final long seed;
    private final double[] storeVolume;
    private final double[][] appShare;
    private final double[][][] errorRate; // [store][app][class]
    private final List<ScenarioStorm> storms;
    private final String doublingStore;
    private final long doublingFromMs;

    private Scenario(long startMs, int minutes, int stores, int apps, long seed) {
        this.startMs = startMs;
        this.minutes = minutes;
        this.stores = stores;
        this.apps = apps;
        this.seed = seed;
        Random random = new Random(seed);
        storeVolume = new double[stores];
        appShare = new double[stores][apps];
        errorRate = new double[stores][apps][3];
        for (int s = 0; s < stores; s++) {
            // requests per minute at the daily mean; the last three stores are quiet tenants
            storeVolume[s] = s >= stores - 3 ? 8.0 : 6000.0 / Math.pow(s + 1, 1.1);
            double sum = 0;
            for (int a = 0; a < apps; a++) {
                appShare[s][a] = 0.2 + random.nextDouble();
                sum += appShare[s][a];
            }
            for (int a = 0; a < apps; a++) {
                appShare[s][a] /= sum;
                errorRate[s][a][0] = 0.002 + 0.03 * random.nextDouble();  // auth failures
                errorRate[s][a][1] = 0.001 + 0.02 * random.nextDouble();  // 429s
                errorRate[s][a][2] = 0.0005 + 0.004 * random.nextDouble(); // 5xx
            }
        }
        storms = new ArrayList<>();
        doublingStore = TrafficModel.storeId(stores / 4);
        doublingFromMs = startMs + minutes * 60_000L / 2;
    }

    /**
     * The standard scenario: {@code stores} stores of {@code apps} apps over {@code minutes} minutes from
     * {@code startMs}, with a dozen storms spread over the day: bursts and ramps of every class on busy
     * and mid-sized stores, and storms on the quietest stores.
     */
    public static Scenario standard(long startMs, int minutes, int stores, int apps, long seed) {
        Scenario scenario = new Scenario(startMs, minutes, stores, apps, seed);
        StormKind[] kinds = StormKind.values();
        long hour = 3_600_000L;
        int slot = 0;
        long span = minutes * 60_000L;
        int slots = 12;
        for (int i = 0; i < slots; i++) {
            StormKind kind = kinds[i % kinds.length];
            long start = startMs + 2 * hour + (span - 4 * hour) * i / slots;
            start -= start % 60_000L;
            int store;
            StormShape shape;
            switch (i % 4) {
                case 0 -> { shape = StormShape.BURST; store = i % stores; }
                case 1 -> { shape = StormShape.RAMP; store = (3 + i) % stores; }
                case 2 -> { shape = StormShape.LOW_VOLUME; store = stores - 1 - (i % 3); }
                default -> { shape = StormShape.BURST; store = (4 + i / 4) % stores; }
            }
            if (TrafficModel.storeId(store).equals(scenario.doublingStore)) {
                store = (store + 1) % stores;
            }
            String app = TrafficModel.appId((i * 3 + slot++) % apps);
            long duration = switch (shape) {
                case BURST -> 10 * 60_000L;
                case RAMP -> 30 * 60_000L;
                case LOW_VOLUME -> 12 * 60_000L;
            };
            scenario.storms.add(new ScenarioStorm(shape, kind, TrafficModel.storeId(store), app, start, duration,
                    shape == StormShape.RAMP ? 0.4 : 0.5, shape == StormShape.LOW_VOLUME ? 60 : 0));
        }
        return scenario;
    }

    public List<ScenarioStorm> storms() {
        return List.copyOf(storms);
    }

    /** The store whose traffic doubles (same error mix) from {@link #doublingFromMs()}: not a storm. */
    public String doublingStore() {
        return doublingStore;
    }

    public long doublingFromMs() {
        return doublingFromMs;
    }

    public long startMs() {
        return startMs;
    }

    public int minutes() {
        return minutes;
    }

    public int stores() {
        return stores;
    }

    public int apps() {
        return apps;
    }

    /** Plays the scenario minute by minute: every (store, app) with its counts of that minute. */
    public void play(Consumer<List<MinuteCounts>> minute) {
        Random random = new Random(seed * 31 + 7);
        for (int m = 0; m < minutes; m++) {
            long minuteStart = startMs + m * 60_000L;
            double daily = 1.0 + 0.6 * Math.sin(2 * Math.PI * (m / 1440.0) - Math.PI / 2); // quiet night, busy day
            List<MinuteCounts> counts = new ArrayList<>(stores * apps);
            for (int s = 0; s < stores; s++) {
                String store = TrafficModel.storeId(s);
                double volume = storeVolume[s] * daily * (store.equals(doublingStore) && minuteStart >= doublingFromMs ? 2 : 1);
                for (int a = 0; a < apps; a++) {
                    String app = TrafficModel.appId(a);
                    double noise = Math.exp(0.15 * random.nextGaussian());
                    long requests = Sampling.poisson(random, volume * appShare[s][a] * noise);
                    long auth = Sampling.binomial(random, requests, errorRate[s][a][0]);
                    long limited = Sampling.binomial(random, requests - auth, errorRate[s][a][1]);
                    long server = Sampling.binomial(random, requests - auth - limited, errorRate[s][a][2]);
                    long[] byClass = {auth, limited, server};
                    for (ScenarioStorm storm : storms) {
                        if (storm.store().equals(store) && storm.app().equals(app) && storm.activeAt(minuteStart)) {
                            int k = storm.kind().ordinal();
                            long healthy = requests - auth - limited - server;
                            long failing = Sampling.binomial(random, healthy, storm.shareAt(minuteStart));
                            long extra = Sampling.poisson(random, storm.extraAt(minuteStart));
                            byClass[k] += failing + extra;
                            requests += extra;
                        }
                    }
                    counts.add(new MinuteCounts(store, app, minuteStart, requests, byClass[0], byClass[1], byClass[2]));
                }
            }
            minute.accept(counts);
        }
    }
}
