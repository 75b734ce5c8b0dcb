package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an alert: its name, store, app (null for the store over all apps) and class. All
 * transitions of one alert share its fingerprint.
 */
public record AlertKey(String alertName, String store, String app, AlertClass alertClass) {

    public static final String BURN_RATE_ALERT = "ErrorpulseErrorBudgetBurn";

    /** The spike alert of one class on one app of a store, or on the store ({@code app} null). */
    public static AlertKey spike(String store, String app, AlertClass alertClass) {
        String name = switch (alertClass) {
            case AUTH_FAILURE -> "ErrorpulseAuthFailureSpike";
            case RATE_LIMITED -> "ErrorpulseRateLimitedSpike";
            case SERVER_ERROR -> "ErrorpulseServerErrorSpike";
            case NONE -> throw new IllegalArgumentException("no alert for class none");
        };
        return new AlertKey(name, store, app, alertClass);
    }

    /** The 5xx error-budget burn alert of a store. */
    public static AlertKey burnRate(String store) {
        return new AlertKey(BURN_RATE_ALERT, store, null, AlertClass.SERVER_ERROR);
    }

    /** The key of this alert in the detector's stores. */
    public String storeKey() {
        return alertName + '\u0000' + store + '\u0000' + (app == null ? "" : app) + '\u0000' + alertClass.wireName();
    }

    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(storeKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
