package io.errorpulse.accesslog;

/**
 * Turns the time a gateway logged into epoch milliseconds UTC, without {@code java.time} parsing on the
 * hot path (a {@code DateTimeFormatter} costs about as much as parsing the whole line).
 *
 * <p>Accepted: ISO-8601 date-times with any offset ({@code Z}, {@code +02:00}, {@code +0200}, none = UTC,
 * {@code T} or a blank between date and time, any fraction), the common log format
 * ({@code 10/Oct/2000:13:55:36 -0700}, nginx {@code $time_local}, API Gateway {@code requestTime}), and
 * numbers or numeric strings whose unit follows from their magnitude: below 1e11 seconds (a fraction
 * allowed, nginx {@code $msec}), below 1e14 milliseconds, below 1e17 microseconds, else nanoseconds (OTLP
 * {@code timeUnixNano}). So epoch milliseconds before March 1973 would be read as seconds: no access log
 * carries those.
 */
final class EventTimes {

    static final long UNREADABLE = Long.MIN_VALUE;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private EventTimes() {
    }

    /** Epoch milliseconds UTC, or {@link #UNREADABLE} when the text is not a time this class knows. */
    static long parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            return UNREADABLE;
        }
        char first = s.charAt(0);
        long result;
        if (s.length() >= 10 && s.charAt(4) == '-' && isDigit(first)) {
            result = iso(s);
        } else if (s.length() >= 20 && s.charAt(2) == '/' && s.charAt(6) == '/') {
            result = commonLog(s);
        } else {
            result = number(s);
        }
        return result < 0 && result != UNREADABLE ? UNREADABLE : result;
    }

    private static long number(String s) {
        if (s.indexOf('E') >= 0 || s.indexOf('e') >= 0) {
            return exponent(s);
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        if (whole.isEmpty() || whole.length() > 19 || !allDigits(whole, 0, whole.length())) {
            return UNREADABLE;
        }
        long w;
        try {
            w = Long.parseLong(whole);
        } catch (NumberFormatException e) {
            return UNREADABLE; // 19 digits past Long.MAX_VALUE
        }
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (!allDigits(fraction, 0, fraction.length())) {
            return UNREADABLE;
        }
        if (w < 100_000_000_000L) {
            long millis = 0;
            for (int i = 0; i < 3; i++) {
                millis = millis * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
            }
            return w * 1000 + millis;
        }
        if (w < 100_000_000_000_000L) {
            return w;
        }
        if (w < 100_000_000_000_000_000L) {
            return w / 1000;
        }
        return w / 1_000_000;
    }

    /** {@code 1.7E9}: what some serialisers write for a double-typed epoch-seconds field. */
    private static long exponent(String s) {
        try {
            double d = Double.parseDouble(s);
            if (!(d >= 0) || d > 9.2e18) {
                return UNREADABLE;
            }
            return number(Long.toString((long) d));
        } catch (NumberFormatException e) {
            return UNREADABLE;
        }
    }

    /** {@code 2026-11-22T05:00:00.123+02:00}; the date alone means midnight UTC. */
    private static long iso(String s) {
        int n = s.length();
        if (s.charAt(7) != '-') {
            return UNREADABLE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = 0;
        int minute = 0;
        int second = 0;
        long nanosMillis = 0;
        int i = 10;
        if (i < n && (s.charAt(i) == 'T' || s.charAt(i) == 't' || s.charAt(i) == ' ')) {
            if (n < i + 6 || s.charAt(i + 3) != ':') {
                return UNREADABLE;
            }
            hour = digits(s, i + 1, i + 3);
            minute = digits(s, i + 4, i + 6);
            i += 6;
            if (i < n && s.charAt(i) == ':') {
                if (n < i + 3) {
                    return UNREADABLE;
                }
                second = digits(s, i + 1, i + 3);
                i += 3;
            }
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return UNREADABLE;
                }
                for (int k = 0; k < 3; k++) {
                    nanosMillis = nanosMillis * 10 + (start + k < i ? s.charAt(start + k) - '0' : 0);
                }
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char c = s.charAt(i);
            if ((c == 'Z' || c == 'z') && i + 1 == n) {
                i++;
            } else if (c == '+' || c == '-') {
                offsetSeconds = offset(s, i + 1);
                if (offsetSeconds < 0) {
                    return UNREADABLE;
                }
                if (c == '-') {
                    offsetSeconds = -offsetSeconds;
                }
                i = n;
            } else {
                return UNREADABLE;
            }
        }
        if (i != n) {
            return UNREADABLE;
        }
        return epochMillis(year, month, day, hour, minute, second, nanosMillis, offsetSeconds);
    }

    /** {@code 22/Nov/2026:05:00:00 +0000}. */
    private static long commonLog(String s) {
        if (s.charAt(11) != ':' || s.length() < 20) {
            return UNREADABLE;
        }
        int day = digits(s, 0, 2);
        int month = -1;
        String mon = s.substring(3, 6);
        for (int m = 0; m < MONTHS.length; m++) {
            if (MONTHS[m].equalsIgnoreCase(mon)) {
                month = m + 1;
            }
        }
        int year = digits(s, 7, 11);
        int hour = digits(s, 12, 14);
        int minute = digits(s, 15, 17);
        int second = digits(s, 18, 20);
        if (s.charAt(14) != ':' || s.charAt(17) != ':' || month < 0) {
            return UNREADABLE;
        }
        int offsetSeconds = 0;
        String rest = s.substring(20).trim();
        if (!rest.isEmpty()) {
            char sign = rest.charAt(0);
            if (sign != '+' && sign != '-') {
                return UNREADABLE;
            }
            offsetSeconds = offset(rest, 1);
            if (offsetSeconds < 0) {
                return UNREADABLE;
            }
            if (sign == '-') {
                offsetSeconds = -offsetSeconds;
            }
        }
        return epochMillis(year, month, day, hour, minute, second, 0, offsetSeconds);
    }

    /** {@code hh}, {@code hh:mm} or {@code hhmm} from {@code from} to the end; -1 when malformed. */
    private static int offset(String s, int from) {
        int n = s.length() - from;
        int h;
        int m = 0;
        if (n == 2) {
            h = digits(s, from, from + 2);
        } else if (n == 4) {
            h = digits(s, from, from + 2);
            m = digits(s, from + 2, from + 4);
        } else if (n == 5 && s.charAt(from + 2) == ':') {
            h = digits(s, from, from + 2);
            m = digits(s, from + 3, from + 5);
        } else {
            return -1;
        }
        if (h < 0 || m < 0 || h > 18 || m > 59) {
            return -1;
        }
        return h * 3600 + m * 60;
    }

    private static long epochMillis(int year, int month, int day, int hour, int minute, int second,
                                    long millis, int offsetSeconds) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return UNREADABLE;
        }
        long days = daysFromCivil(year, month, day);
        long secs = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return secs * 1000 + millis;
    }

    /** Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date. */
    private static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The non-negative decimal in {@code [from, to)}, or -1 when it is not all digits. */
    private static int digits(String s, int from, int to) {
        if (to > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
