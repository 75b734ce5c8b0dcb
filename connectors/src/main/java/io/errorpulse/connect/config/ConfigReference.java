package io.errorpulse.connect.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

/**
 * Renders a {@link ConfigDef} as the Markdown config reference, so that the docs are generated from
 * the definition the connector enforces and cannot drift from it. {@code main} writes the file.
 */
public final class ConfigReference {

    private final ConfigDef def;

    public ConfigReference(ConfigDef def) {
        this.def = def;
    }

    /** Writes the alert sink's reference to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        String text = new ConfigReference(AlertSinkConfig.configDef()).toMarkdown();
        Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder()
                .append("# Alert sink connector configuration\n\n")
                .append("Generated from the connector's ConfigDef (`ConfigReference`); do not edit by hand.\n")
                .append("Connector class: `io.errorpulse.connect.AlertSinkConnector`. Connect's own keys ")
                .append("(`topics`, `errors.tolerance`, `errors.deadletterqueue.topic.name`, converters) apply as usual.\n");
        for (String group : def.groups()) {
            out.append("\n## ").append(group).append("\n");
            for (ConfigKey key : keysOf(group)) {
                appendKey(out, key);
            }
        }
        return out.toString();
    }

    private List<ConfigKey> keysOf(String group) {
        return def.configKeys().values().stream()
                .filter(key -> group.equals(key.group))
                .sorted(Comparator.comparingInt(key -> key.orderInGroup))
                .toList();
    }

    private static void appendKey(StringBuilder out, ConfigKey key) {
        out.append("\n### `").append(key.name).append("`\n\n")
                .append(key.documentation).append("\n\n")
                .append("- Type: ").append(key.type.name().toLowerCase(java.util.Locale.ROOT)).append('\n')
                .append("- Default: ").append(defaultOf(key)).append('\n');
        if (key.validator != null) {
            out.append("- Valid values: ").append(key.validator).append('\n');
        }
        out.append("- Importance: ").append(key.importance.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    }

    private static String defaultOf(ConfigKey key) {
        if (!key.hasDefault()) {
            return "required";
        }
        if (key.defaultValue == null) {
            return "none";
        }
        String text = ConfigDef.convertToString(key.defaultValue, key.type);
        return text == null || text.isEmpty() ? "empty" : "`" + text + "`";
    }
}
