package io.errorpulse.traffic.scenario;

/** How an injected storm develops over its duration. */
public enum StormShape {
    /** Half of the app's requests fail at once, for the whole duration. */
    BURST,
    /** The failing share rises linearly from zero to its peak over the duration. */
    RAMP,
    /** A quiet tenant suddenly receives a stream of failing requests on top of its few normal ones. */
    LOW_VOLUME
}
