package io.errorpulse.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (0.0.4), enough to tell a valid scrape
 * from an invalid one where promtool is not installed: comment syntax, metric and label names, label
 * escaping, sample values, a TYPE before the samples of each family, no duplicate series.
 */
public final class ExpositionParser {

    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME.pattern() + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME.pattern() + ")( .*)?");
    private static final List<String> SUFFIXES = List.of("_bucket", "_sum", "_count", "_total", "_created", "_max");

    private final List<String> problems = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();

    public static ExpositionParser parse(String text) {
        ExpositionParser parser = new ExpositionParser();
        parser.read(text);
        return parser;
    }

    public List<String> problems() {
        return problems;
    }

    public List<Sample> samples() {
        return samples;
    }

    private void read(String text) {
        Map<String, String> types = new HashMap<>();
        Set<String> series = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher type = TYPE.matcher(line);
                if (type.matches()) {
                    if (types.put(type.group(1), type.group(2)) != null) {
                        problems.add("line " + (i + 1) + ": second TYPE for " + type.group(1));
                    }
                } else if (!HELP.matcher(line).matches() && (line.startsWith("# TYPE") || line.startsWith("# HELP"))) {
                    problems.add("line " + (i + 1) + ": malformed comment: " + line);
                }
                continue;
            }
            Sample sample = sample(line, i + 1);
            if (sample == null) {
                continue;
            }
            if (family(sample.name(), types) == null) {
                problems.add("line " + (i + 1) + ": no TYPE for " + sample.name());
            }
            if (!series.add(sample.name() + sample.labels())) {
                problems.add("line " + (i + 1) + ": duplicate series " + sample.name() + sample.labels());
            }
            samples.add(sample);
        }
    }

    private static String family(String name, Map<String, String> types) {
        if (types.containsKey(name)) {
            return name;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && types.containsKey(name.substring(0, name.length() - suffix.length()))) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private Sample sample(String line, int number) {
        Matcher name = NAME.matcher(line);
        if (!name.lookingAt()) {
            problems.add("line " + number + ": no metric name: " + line);
            return null;
        }
        int at = name.end();
        Map<String, String> labels = new HashMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            at = labels(line, at + 1, labels, number);
            if (at < 0) {
                return null;
            }
        }
        String[] rest = line.substring(at).trim().split(" ");
        if (rest.length < 1 || rest.length > 2 || line.charAt(at) != ' ') {
            problems.add("line " + number + ": malformed value: " + line);
            return null;
        }
        try {
            double value = switch (rest[0]) {
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                case "NaN" -> Double.NaN;
                default -> Double.parseDouble(rest[0]);
            };
            if (rest.length == 2) {
                Long.parseLong(rest[1]);
            }
            return new Sample(name.group(), labels, value);
        } catch (NumberFormatException e) {
            problems.add("line " + number + ": not a number: " + line);
            return null;
        }
    }

    /** Reads {@code name="value",...}; returns the index after '}' or -1. */
    private int labels(String line, int at, Map<String, String> labels, int number) {
        while (at < line.length() && line.charAt(at) != '}') {
            Matcher labelName = LABEL_NAME.matcher(line).region(at, line.length());
            if (!labelName.lookingAt() || labelName.end() + 1 >= line.length()
                    || line.charAt(labelName.end()) != '=' || line.charAt(labelName.end() + 1) != '"') {
                problems.add("line " + number + ": malformed label: " + line);
                return -1;
            }
            StringBuilder value = new StringBuilder();
            int i = labelName.end() + 2;
            for (; i < line.length() && line.charAt(i) != '"'; i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    char next = i + 1 < line.length() ? line.charAt(++i) : ' ';
                    if (next != '\\' && next != '"' && next != 'n') {
                        problems.add("line " + number + ": bad escape in label value: " + line);
                        return -1;
                    }
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
            }
            if (i >= line.length()) {
                problems.add("line " + number + ": unterminated label value: " + line);
                return -1;
            }
            if (labels.put(labelName.group(), value.toString()) != null) {
                problems.add("line " + number + ": repeated label " + labelName.group());
            }
            at = i + 1;
            if (at < line.length() && line.charAt(at) == ',') {
                at++;
            }
        }
        if (at >= line.length()) {
            problems.add("line " + number + ": unterminated label set: " + line);
            return -1;
        }
        return at + 1;
    }
}
