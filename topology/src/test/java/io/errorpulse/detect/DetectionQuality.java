package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.StoreWindowCounts;
import io.errorpulse.state.TrafficCounts;
import io.errorpulse.state.WindowUpdate;
import io.errorpulse.traffic.scenario.MinuteCounts;
import io.errorpulse.traffic.scenario.Scenario;
import io.errorpulse.traffic.scenario.ScenarioStorm;
import io.errorpulse.traffic.scenario.StormShape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plays a {@link Scenario} through the detector exactly as the topology feeds it (every minute of every
 * store in four cumulative updates, as flushed partials arrive, closed windows read back from a
 * history), then scores the alerts against the injected storms: recall, false alarms, flapping, time
 * to fire and resolution.
 */
final class DetectionQuality {

    /** Alerts within this long after a storm ended are still the storm's (resolving takes a few windows). */
    static final Duration TAIL = Duration.ofMinutes(35);
    private static final int UPDATES_PER_WINDOW = 4;

    /** One published transition. */
    record Transition(AlertEvent.Kind kind, AlertKey key, long atMs) {
    }

    /** The scores. */
    record Figures(int stormCount, Map<StormShape, List<Long>> timeToFireMs, List<ScenarioStorm> missed,
                   List<Transition> falseAlarms, List<ScenarioStorm> flapping, List<ScenarioStorm> unresolved,
                   int stormFreeSeries, long updates, int fires, int resolves, long elapsedMs) {

        int detected() {
            return stormCount - missed.size();
        }

        String report() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "detection quality: %d updates judged in %.1f s, %d fires, %d resolves%n",
                    updates, elapsedMs / 1000.0, fires, resolves));
            out.append(String.format(Locale.ROOT, "recall: %d/%d storms fired%n", detected(), stormCount));
            timeToFireMs.forEach((shape, times) -> {
                List<Long> sorted = times.stream().sorted().toList();
                out.append(String.format(Locale.ROOT, "  %-10s fired %d, time to fire median %s, max %s%n", shape,
                        sorted.size(), sorted.isEmpty() ? "-" : seconds(sorted.get(sorted.size() / 2)),
                        sorted.isEmpty() ? "-" : seconds(sorted.get(sorted.size() - 1))));
            });
            missed.forEach(storm -> out.append("  missed: ").append(storm).append('\n'));
            out.append(String.format(Locale.ROOT, "false alarms: %d over %d storm-free series%n", falseAlarms.size(),
                    stormFreeSeries));
            falseAlarms.forEach(t -> out.append("  false alarm: ").append(t.key()).append(" at ")
                    .append(java.time.Instant.ofEpochMilli(t.atMs())).append('\n'));
            out.append(String.format(Locale.ROOT, "flapping storms (more than one fire of an alert): %d%n", flapping.size()));
            out.append(String.format(Locale.ROOT, "storms whose alerts did not resolve: %d%n", unresolved.size()));
            return out.toString();
        }

        private static String seconds(long ms) {
            return String.format(Locale.ROOT, "%.0f s", ms / 1000.0);
        }
    }

    private final DetectionSettings settings;
    private final SpikeDetector detector;
    private final BurnRateRule burnRate;
    private final Map<String, StoreDetectorState> states = new HashMap<>();
    private final Map<String, SloHistory> slo = new HashMap<>();
    private final TreeMap<Long, Map<String, StoreWindowCounts>> history = new TreeMap<>();
    private final Map<String, Long> lastSeen = new HashMap<>();
    private final Map<String, AlertKey> active = new HashMap<>();
    private final List<Transition> transitions = new ArrayList<>();
    private long updates;

    DetectionQuality(DetectionSettings settings) {
        this.settings = settings;
        this.detector = new SpikeDetector(settings);
        this.burnRate = new BurnRateRule(settings);
    }

    static Figures score(Scenario scenario, DetectionSettings settings) {
        long started = System.nanoTime();
        DetectionQuality run = new DetectionQuality(settings);
        scenario.play(run::minute);
        return run.figures(scenario, (System.nanoTime() - started) / 1_000_000);
    }

    private void minute(List<MinuteCounts> minute) {
        Map<String, List<MinuteCounts>> byStore = new LinkedHashMap<>();
        minute.forEach(c -> byStore.computeIfAbsent(c.store(), k -> new ArrayList<>()).add(c));
        long windowStart = minute.get(0).minuteStartMs();
        Map<String, StoreWindowCounts> closed = new HashMap<>();
        for (Map.Entry<String, List<MinuteCounts>> store : byStore.entrySet()) {
            StoreWindowCounts cumulative = new StoreWindowCounts();
            for (int q = 0; q < UPDATES_PER_WINDOW; q++) {
                Set<String> changed = new HashSet<>();
                for (MinuteCounts c : store.getValue()) {
                    long requests = part(c.requests(), q);
                    if (requests > 0) {
                        cumulative.add(c.app(), TrafficCounts.summary(requests, part(c.authFailures(), q),
                                part(c.rateLimited(), q), part(c.serverErrors(), q)));
                        changed.add(c.app());
                    }
                }
                if (changed.isEmpty()) {
                    continue;
                }
                long at = windowStart + (q + 1) * settings.windowSize().toMillis() / UPDATES_PER_WINDOW - 1;
                judge(new WindowUpdate(store.getKey(), windowStart, cumulative, changed), at);
            }
            closed.put(store.getKey(), cumulative);
        }
        history.put(windowStart, closed);
        history.headMap(windowStart - SloHistory.SLOTS * settings.windowSize().toMillis()).clear();
        checkSilence(windowStart + settings.windowSize().toMillis());
    }

    private void judge(WindowUpdate update, long at) {
        updates++;
        StoreDetectorState state = states.computeIfAbsent(update.store(), k -> new StoreDetectorState());
        WindowHistory windows = (store, start) -> {
            Map<String, StoreWindowCounts> stores = history.get(start);
            return stores == null ? null : stores.get(store);
        };
        detector.judge(state, update, windows, at, at).events().forEach(event -> record(event, at));
        if (update.windowStart() > state.sloWindowStart) {
            if (state.sloWindowStart != ClassState.NO_WINDOW) {
                SloHistory storeSlo = slo.computeIfAbsent(update.store(), k -> new SloHistory());
                burnRate.onClosedWindow(storeSlo, update.store(), state.sloWindowStart,
                        windows.counts(update.store(), state.sloWindowStart), at).ifPresent(event -> record(event, at));
            }
            state.sloWindowStart = update.windowStart();
        }
    }

    private void record(AlertEvent event, long at) {
        String key = event.key().storeKey();
        switch (event.kind()) {
            case FIRE -> {
                active.put(key, event.key());
                lastSeen.put(key, at);
                transitions.add(new Transition(event.kind(), event.key(), at));
            }
            case STILL_FIRING -> lastSeen.put(key, at);
            case RESOLVE -> {
                active.remove(key);
                lastSeen.remove(key);
                transitions.add(new Transition(event.kind(), event.key(), at));
            }
        }
    }

    /** The wall-clock check: an alert whose key had no traffic for the silence period resolves. */
    private void checkSilence(long now) {
        for (String key : new ArrayList<>(active.keySet())) {
            if (now - lastSeen.get(key) >= settings.silence().toMillis()) {
                AlertKey alert = active.remove(key);
                lastSeen.remove(key);
                transitions.add(new Transition(AlertEvent.Kind.RESOLVE, alert, now));
                if (AlertKey.BURN_RATE_ALERT.equals(alert.alertName())) {
                    slo.get(alert.store()).firing = false;
                } else {
                    states.get(alert.store()).peek(alert.app() == null ? StoreDetectorState.STORE_SCOPE : alert.app(),
                            alert.alertClass()).resolve();
                }
            }
        }
    }

    private static long part(long total, int quarter) {
        return total * (quarter + 1) / UPDATES_PER_WINDOW - total * quarter / UPDATES_PER_WINDOW;
    }

    private Figures figures(Scenario scenario, long elapsedMs) {
        List<ScenarioStorm> storms = scenario.storms();
        Map<ScenarioStorm, List<Transition>> byStorm = new LinkedHashMap<>();
        storms.forEach(storm -> byStorm.put(storm, new ArrayList<>()));
        List<Transition> falseAlarms = new ArrayList<>();
        for (Transition t : transitions) {
            if (t.kind() != AlertEvent.Kind.FIRE) {
                continue;
            }
            ScenarioStorm owner = storms.stream().filter(storm -> belongs(t, storm)).findFirst().orElse(null);
            if (owner == null) {
                falseAlarms.add(t);
            } else {
                byStorm.get(owner).add(t);
            }
        }
        Map<StormShape, List<Long>> timeToFire = new EnumMap<>(StormShape.class);
        List<ScenarioStorm> missed = new ArrayList<>();
        List<ScenarioStorm> flapping = new ArrayList<>();
        List<ScenarioStorm> unresolved = new ArrayList<>();
        byStorm.forEach((storm, fires) -> {
            timeToFire.computeIfAbsent(storm.shape(), k -> new ArrayList<>());
            if (fires.isEmpty()) {
                missed.add(storm);
                return;
            }
            timeToFire.get(storm.shape()).add(fires.stream().mapToLong(Transition::atMs).min().orElseThrow() - storm.startMs());
            if (fires.stream().map(f -> f.key().storeKey()).distinct().count() < fires.size()) {
                flapping.add(storm);
            }
            boolean allResolved = fires.stream().allMatch(fire -> transitions.stream().anyMatch(t ->
                    t.kind() == AlertEvent.Kind.RESOLVE && t.key().equals(fire.key()) && t.atMs() > fire.atMs()));
            if (!allResolved) {
                unresolved.add(storm);
            }
        });
        int seriesPerStore = (scenario.apps() + 1) * AlertClass.ALERTING.length;
        int stormSeries = storms.size() * 2; // the storm's app and its store, in the storm's class
        int fires = (int) transitions.stream().filter(t -> t.kind() == AlertEvent.Kind.FIRE).count();
        return new Figures(storms.size(), timeToFire, missed, falseAlarms, flapping, unresolved,
                scenario.stores() * seriesPerStore - stormSeries, updates, fires, transitions.size() - fires, elapsedMs);
    }

    private static boolean belongs(Transition fire, ScenarioStorm storm) {
        AlertKey key = fire.key();
        return key.store().equals(storm.store())
                && key.alertClass().name().equals(storm.kind().name())
                && (key.app() == null || key.app().equals(storm.app()))
                && fire.atMs() >= storm.startMs()
                && fire.atMs() < storm.endMs() + TAIL.toMillis();
    }
}
