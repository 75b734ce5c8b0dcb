package io.errorpulse.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes the two values a rates answer repeats hundreds of times, byte for byte as Jackson and
 * {@link Instant#toString()} would, without their garbage: a one-hour answer formats about 500 rates
 * and 60 instants, and formatting them was most of what a request allocated (and so of the GC pauses
 * that made the slowest answers).
 */
final class AnswerText {

    /** A rate's text, for a (count, requests) pair; most pairs of an answer repeat within and across answers. */
    private record Rate(long count, long requests, String text) {
    }

    private static final int RATE_SLOTS = 4096;
    /** Direct-mapped and shared: a slot holds one immutable entry, so racing writers cannot mix two pairs. */
    private static final Rate[] RATES = new Rate[RATE_SLOTS];
    private static final long MAX_FAST_YEAR_SECONDS = 253_402_300_799L; // 9999-12-31T23:59:59Z

    private AnswerText() {
    }

    /** {@code count / requests} as Jackson writes that double; 0.0 when there were no requests. */
    static void writeRate(JsonGenerator json, long count, long requests) throws IOException {
        json.writeNumber(rateText(count, requests));
    }

    static String rateText(long count, long requests) {
        if (count == 0 || requests == 0) {
            return "0.0";
        }
        if (count == requests) {
            return "1.0";
        }
        int slot = (int) ((count * 0x9E3779B97F4A7C15L + requests) >>> 52) & (RATE_SLOTS - 1);
        Rate cached = RATES[slot];
        if (cached != null && cached.count == count && cached.requests == requests) {
            return cached.text;
        }
        String text = NumberOutput.toString((double) count / requests, true);
        RATES[slot] = new Rate(count, requests, text);
        return text;
    }

    /** The instant as {@link Instant#toString()} writes it, as a JSON string. */
    static void writeInstant(JsonGenerator json, Instant instant, char[] buffer) throws IOException {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < 0 || seconds > MAX_FAST_YEAR_SECONDS) {
            json.writeString(instant.toString());
            return;
        }
        json.writeString(buffer, 0, formatWholeSecond(seconds, buffer));
    }

    /**
     * yyyy-MM-ddTHH:mm:ssZ of a whole second in years 1970 to 9999, into {@code buffer} (20 chars); the
     * civil date from the day number after Howard Hinnant's days-to-civil algorithm.
     */
    static int formatWholeSecond(long epochSeconds, char[] buffer) {
        long days = Math.floorDiv(epochSeconds, 86_400);
        int secondOfDay = (int) Math.floorMod(epochSeconds, 86_400);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthIndex + 2) / 5 + 1);
        int month = (int) (monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        digits(buffer, 0, year, 4);
        buffer[4] = '-';
        digits(buffer, 5, month, 2);
        buffer[7] = '-';
        digits(buffer, 8, day, 2);
        buffer[10] = 'T';
        digits(buffer, 11, secondOfDay / 3600, 2);
        buffer[13] = ':';
        digits(buffer, 14, secondOfDay / 60 % 60, 2);
        buffer[16] = ':';
        digits(buffer, 17, secondOfDay % 60, 2);
        buffer[19] = 'Z';
        return 20;
    }

    private static void digits(char[] buffer, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            buffer[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
