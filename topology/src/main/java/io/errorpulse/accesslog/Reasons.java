package io.errorpulse.accesslog;

/**
 * The reasons a line is unreadable. They are published (dead-letter header, {@code classify} output,
 * metrics tags), so they are short, stable, and never quote the line.
 */
public final class Reasons {

    /** Zero bytes, only blanks, or a null record value. */
    public static final String EMPTY = "empty";
    /** Not JSON at all (text log formats, nginx without {@code escape=json}, binary). */
    public static final String NOT_JSON = "not_json";
    /** JSON, but an array, a string or a number rather than one object. */
    public static final String NOT_AN_OBJECT = "not_an_object";
    /** The line ends inside the JSON value: cut off. */
    public static final String TRUNCATED = "truncated";
    /** More than one JSON value, or text after the object. */
    public static final String TRAILING_DATA = "trailing_data";
    /** Nested deeper than the parser's limit (512). */
    public static final String TOO_DEEP = "too_deep";
    /** A string, number or name beyond the parser's size limits. */
    public static final String TOO_LARGE = "too_large";
    /** No framing's status field (includes {@code {}}). */
    public static final String NO_STATUS = "no_status";
    /** A status that is not a number or a numeric string. */
    public static final String STATUS_NOT_NUMERIC = "status_not_numeric";
    /** A numeric status outside 0..999. */
    public static final String STATUS_OUT_OF_RANGE = "status_out_of_range";
    /** A time field that is present but not a time {@link EventTimes} reads. */
    public static final String BAD_TIME = "bad_time";

    private Reasons() {
    }
}
