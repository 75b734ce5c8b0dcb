package io.errorpulse.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Writes the configuration reference (docs/configuration.md) from the {@link ConfigDef} itself, so the
 * documentation cannot drift from the code. Run: {@code java -cp ... io.errorpulse.config.ConfigReference FILE}.
 */
public final class ConfigReference {

    private ConfigReference() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Configuration reference\n\n")
                .append("Generated from `ErrorpulseConfig`'s ConfigDef by `io.errorpulse.config.ConfigReference`; ")
                .append("do not edit by hand.\n\n")
                .append("Set keys in the properties file given to `run --config`. The environment variable ")
                .append("`ERRORPULSE_<KEY>` (upper case, dots as underscores) overrides a key. Keys under `")
                .append(ErrorpulseConfig.STREAMS_PREFIX)
                .append("` pass through to Kafka Streams; keys `").append(ErrorpulseConfig.LOG_FIELD_PREFIX)
                .append("<role>` remap access-log fields (see access-logs.md). Any other unknown key fails the start.\n\n")
                .append("| key | type | default | valid values | importance | description |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        List<ConfigDef.ConfigKey> keys = ErrorpulseConfig.configDef().configKeys().values().stream()
                .sorted(java.util.Comparator.comparing((ConfigDef.ConfigKey k) -> k.name)).toList();
        for (ConfigDef.ConfigKey key : keys) {
            out.append("| `").append(key.name).append("` | ")
                    .append(key.type.name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(cell(key.hasDefault() ? ConfigDef.convertToString(key.defaultValue, key.type) : "(required)"))
                    .append(" | ").append(cell(key.validator == null ? "" : key.validator.toString()))
                    .append(" | ").append(key.importance.name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(cell(key.documentation)).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.replace("|", "\\|").replace("\n", " ");
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/configuration.md");
        Files.writeString(target, markdown(), StandardCharsets.UTF_8);
    }
}
