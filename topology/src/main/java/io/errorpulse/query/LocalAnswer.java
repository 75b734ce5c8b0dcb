package io.errorpulse.query;

/**
 * Data read from this instance, with the copy it came from: {@code active}, or {@code standby} with
 * its changelog lag in records, so that an answer can say how stale it may be.
 */
public record LocalAnswer<T>(T value, Replica replica, long lag) {

    /** Which copy of a partition answered. */
    public enum Replica {
        ACTIVE, STANDBY;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static <T> LocalAnswer<T> active(T value) {
        return new LocalAnswer<>(value, Replica.ACTIVE, 0);
    }

    public <U> LocalAnswer<U> with(U other) {
        return new LocalAnswer<>(other, replica, lag);
    }
}
