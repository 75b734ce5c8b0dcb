package io.errorpulse.detect;

/**
 * What the detector decided for one alert on one update.
 *
 * @param kind   a transition to publish (FIRE, RESOLVE) or a refresh of a firing alert's figures
 * @param key    the alert
 * @param record the alert record as it stands
 */
public record AlertEvent(Kind kind, AlertKey key, AlertRecord record) {

    public enum Kind { FIRE, STILL_FIRING, RESOLVE }

    public boolean published() {
        return kind != Kind.STILL_FIRING;
    }
}
