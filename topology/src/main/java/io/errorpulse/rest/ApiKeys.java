package io.errorpulse.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * The accepted API keys, held only as SHA-256 hashes. An entry is {@code sha256:<hex>} (sees every
 * store) or {@code sha256:<hex>@<store>} (sees that store only). A presented key is hashed and
 * compared with every entry in constant time, so that neither the key nor its hash leaks through
 * response timing, and no plain key is ever kept in memory longer than one request.
 */
public final class ApiKeys {

    /** Who a key belongs to: {@code store} is null for a global key. */
    public record Grant(String store) {
        public static final Grant GLOBAL = new Grant(null);

        public boolean sees(String requestedStore) {
            return store == null || store.equals(requestedStore);
        }

        public boolean global() {
            return store == null;
        }
    }

    private record Entry(byte[] hash, Grant grant) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = entries;
    }

    public static ApiKeys parse(List<String> entries) {
        List<Entry> parsed = new ArrayList<>();
        for (String entry : entries) {
            String spec = entry.trim();
            if (spec.isEmpty()) {
                continue;
            }
            if (!spec.startsWith("sha256:")) {
                throw invalid();
            }
            String rest = spec.substring("sha256:".length());
            int at = rest.indexOf('@');
            String hash = (at < 0 ? rest : rest.substring(0, at)).toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}") || (at >= 0 && at == rest.length() - 1)) {
                throw invalid();
            }
            parsed.add(new Entry(HexFormat.of().parseHex(hash), at < 0 ? Grant.GLOBAL : new Grant(rest.substring(at + 1))));
        }
        return new ApiKeys(List.copyOf(parsed));
    }

    private static ConfigException invalid() {
        return new ConfigException("rest.api.keys", "(hidden)", "each entry must be sha256:<64 hex digits>[@store]");
    }

    /** The config entry for a plain key, e.g. to print in docs or the demo. */
    public static String entryFor(String key, String store) {
        return "sha256:" + HexFormat.of().formatHex(sha256(key)) + (store == null ? "" : "@" + store);
    }

    /** The grant of a presented key; every entry is compared, whatever matches first. */
    public Optional<Grant> grantFor(String presentedKey) {
        byte[] presented = sha256(presentedKey);
        Grant found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(presented, entry.hash()) && found == null) {
                found = entry.grant();
            }
        }
        return Optional.ofNullable(found);
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
