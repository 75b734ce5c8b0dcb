package io.errorpulse.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * The accepted API keys, held only as SHA-256 hashes. An entry is {@code sha256:<hex>} (sees every
 * store) or {@code sha256:<hex>@<store>} (sees that store only).
 */
public final class ApiKeys {

    /** Who a key belongs to: {@code store} is null for a global key. */
    public record Grant(String store) {
        public boolean sees(String requestedStore) {
            return store == null || store.equals(requestedStore);
        }
    }

    private final Map<String, Grant> byHash;

    private ApiKeys(Map<String, Grant> byHash) {
        this.byHash = byHash;
    }

    public static ApiKeys parse(List<String> entries) {
        Map<String, Grant> byHash = new HashMap<>();
        for (String entry : entries) {
            String spec = entry.trim();
            if (spec.isEmpty()) {
                continue;
            }
            if (!spec.startsWith("sha256:")) {
                throw new ConfigException("rest.api.keys", "(hidden)", "each entry must be sha256:<64 hex digits>[@store]");
            }
            String rest = spec.substring("sha256:".length());
            int at = rest.indexOf('@');
            String hash = (at < 0 ? rest : rest.substring(0, at)).toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new ConfigException("rest.api.keys", "(hidden)", "each entry must be sha256:<64 hex digits>[@store]");
            }
            byHash.put(hash, new Grant(at < 0 ? null : rest.substring(at + 1)));
        }
        return new ApiKeys(byHash);
    }

    /** The config entry for a plain key, e.g. to print in docs or the demo. */
    public static String entryFor(String key, String store) {
        return "sha256:" + sha256(key) + (store == null ? "" : "@" + store);
    }

    public Optional<Grant> grantFor(String presentedKey) {
        return Optional.ofNullable(byHash.get(sha256(presentedKey)));
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
