package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Thresholds per alert class, overridden per store and per store/app. Read from keys (without their
 * {@code detect.} prefix) of two forms:
 * <ul>
 *   <li>{@code <class>.<param>}: every store, e.g. {@code auth_failure.min.events=50};</li>
 *   <li>{@code override.<store>[.<app>].<class|all>.<param>}: one store (store and app scope) or one
 *       app of a store, e.g. {@code override.1042.app-7.rate_limited.rate.floor=0.6}.</li>
 * </ul>
 * A store id cannot contain a dot (an app id may). The most specific setting wins: store/app/class,
 * store/app/all, store/class, store/all, class, then the global defaults.
 */
public final class ThresholdOverrides {

    public static final String OVERRIDE_PREFIX = "override.";
    public static final String ALL_CLASSES = "all";

    private final Map<AlertClass, Thresholds> byClass;
    /** The stores with settings of their own or of some of their apps, resolved when parsed. */
    private final Map<String, Target> byStore;

    /** One setting of a target: {@code alertClass} null for all classes. */
    private record Setting(AlertClass alertClass, String parameter, String value) {
    }

    /** The settings of one store, and those of each of its apps that has some, as parsed. */
    private record StoreSettings(List<Setting> store, Map<String, List<Setting>> apps) {
        StoreSettings() {
            this(new ArrayList<>(), new HashMap<>());
        }

        void add(String app, Setting setting) {
            (app == null ? store : apps.computeIfAbsent(app, k -> new ArrayList<>())).add(setting);
        }
    }

    /** The thresholds of a store and of each of its apps with settings, indexed by {@link AlertClass#alertingIndex}. */
    private record Target(Thresholds[] store, Map<String, Thresholds[]> apps) {
    }

    private ThresholdOverrides(Map<AlertClass, Thresholds> byClass, Map<String, Target> byStore) {
        this.byClass = byClass;
        this.byStore = byStore;
    }

    public static ThresholdOverrides none(Thresholds defaults) {
        return parse(defaults, Map.of());
    }

    /** Parses the detection keys (prefix {@code detect.} removed) that are per class or per target. */
    public static ThresholdOverrides parse(Thresholds defaults, Map<String, ?> keys) {
        Map<AlertClass, Thresholds> byClass = new EnumMap<>(AlertClass.class);
        for (AlertClass alertClass : AlertClass.ALERTING) {
            byClass.put(alertClass, defaults);
        }
        Map<String, StoreSettings> settingsByStore = new HashMap<>();
        for (Map.Entry<String, ?> entry : keys.entrySet()) {
            String key = entry.getKey();
            String value = String.valueOf(entry.getValue());
            String parameter = parameterOf(key);
            if (parameter == null) {
                continue;
            }
            String head = key.substring(0, key.length() - parameter.length() - 1);
            if (head.startsWith(OVERRIDE_PREFIX)) {
                String target = head.substring(OVERRIDE_PREFIX.length());
                int lastDot = target.lastIndexOf('.');
                if (lastDot <= 0) {
                    throw new ConfigException("detect." + key, value, "expected detect.override.<store>[.<app>]."
                            + "<class|all>.<param>");
                }
                String className = target.substring(lastDot + 1);
                String who = target.substring(0, lastDot);
                int firstDot = who.indexOf('.');
                String store = firstDot < 0 ? who : who.substring(0, firstDot);
                String app = firstDot < 0 ? null : who.substring(firstDot + 1);
                AlertClass alertClass = ALL_CLASSES.equals(className) ? null : alertClass(key, className);
                defaults.with(parameter, value); // validates the value now, not at the first alert
                settingsByStore.computeIfAbsent(store, k -> new StoreSettings())
                        .add(app, new Setting(alertClass, parameter, value));
            } else if (!head.contains(".")) {
                AlertClass alertClass = alertClass(key, head);
                byClass.put(alertClass, byClass.get(alertClass).with(parameter, value));
            }
        }
        Map<String, Target> byStore = new HashMap<>();
        settingsByStore.forEach((store, settings) -> byStore.put(store, resolve(byClass, settings)));
        return new ThresholdOverrides(byClass, byStore);
    }

    /** The thresholds of one store and its apps: each class's thresholds, then the store's settings, then the app's. */
    private static Target resolve(Map<AlertClass, Thresholds> byClass, StoreSettings settings) {
        Thresholds[] store = new Thresholds[AlertClass.ALERTING.length];
        for (AlertClass alertClass : AlertClass.ALERTING) {
            store[alertClass.alertingIndex()] = byClass.get(alertClass);
        }
        store = apply(store, settings.store());
        Map<String, Thresholds[]> apps = new HashMap<>();
        for (Map.Entry<String, List<Setting>> app : settings.apps().entrySet()) {
            apps.put(app.getKey(), apply(store, app.getValue()));
        }
        return new Target(store, apps);
    }

    /** {@code thresholds} with {@code settings} applied: those for all classes first, then those of one class. */
    private static Thresholds[] apply(Thresholds[] thresholds, List<Setting> settings) {
        List<Setting> ordered = new ArrayList<>(settings);
        ordered.sort((a, b) -> Boolean.compare(a.alertClass != null, b.alertClass != null));
        Thresholds[] applied = thresholds.clone();
        for (AlertClass alertClass : AlertClass.ALERTING) {
            for (Setting setting : ordered) {
                if (setting.alertClass == null || setting.alertClass == alertClass) {
                    int index = alertClass.alertingIndex();
                    applied[index] = applied[index].with(setting.parameter, setting.value);
                }
            }
        }
        return applied;
    }

    /** Whether {@code key} (without {@code detect.}) is one of the per-class or per-target forms. */
    public static boolean isOverrideKey(String key) {
        String parameter = parameterOf(key);
        if (parameter == null) {
            return false;
        }
        String head = key.substring(0, key.length() - parameter.length() - 1);
        if (head.startsWith(OVERRIDE_PREFIX)) {
            return true;
        }
        for (AlertClass alertClass : AlertClass.ALERTING) {
            if (alertClass.wireName().equals(head)) {
                return true;
            }
        }
        return false;
    }

    /** The thresholds of one alert: {@code app} null for the store over all its apps. */
    public Thresholds thresholds(String store, String app, AlertClass alertClass) {
        Target target = byStore.get(store);
        if (target == null) {
            return byClass.get(alertClass);
        }
        Thresholds[] ofApp = app == null ? null : target.apps.get(app);
        return (ofApp == null ? target.store : ofApp)[alertClass.alertingIndex()];
    }

    public Thresholds forClass(AlertClass alertClass) {
        return byClass.get(alertClass);
    }

    private static String parameterOf(String key) {
        for (String parameter : Thresholds.PARAMETERS) {
            if (key.endsWith("." + parameter)) {
                return parameter;
            }
        }
        return null;
    }

    private static AlertClass alertClass(String key, String name) {
        for (AlertClass alertClass : AlertClass.ALERTING) {
            if (alertClass.wireName().equals(name)) {
                return alertClass;
            }
        }
        throw new ConfigException("detect." + key, name, "unknown alert class (expected auth_failure, rate_limited, "
                + "server_error" + (name.isEmpty() ? "" : " or all in an override") + ")");
    }
}
