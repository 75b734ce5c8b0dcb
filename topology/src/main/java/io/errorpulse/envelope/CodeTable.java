package io.errorpulse.envelope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Error code to {@link CodeMapping}: the built-in table shipped in the jar, optionally overlaid by
 * a user file in the same format (see {@code docs/code-mappings.md}).
 *
 * <p>The format is one mapping a line, {@code code = category, alert_class, retry}, with {@code #}
 * comment lines; it is meant to be written by hand by an operator who does not write Java. Codes
 * match case-insensitively and ignoring surrounding blanks, as DESIGN.md asks, so a file that maps
 * the same code twice (in any case) is rejected rather than silently keeping one of them.
 *
 * <p>Immutable and thread-safe. {@link #lookup(String)} is on the per-record path: it tries the code
 * as carried first (no allocation for codes spelled as in the file) and only then normalises it.
 */
public final class CodeTable {

    /** Where the built-in table lives on the class path. */
    public static final String BUILT_IN_RESOURCE = "/io/errorpulse/envelope/code-mappings.txt";

    private static final class BuiltIn {
        static final CodeTable TABLE = loadBuiltIn();
    }

    /** Keys as written in the file(s) and their normalised form, to the mapping. */
    private final Map<String, CodeMapping> byCode;
    /** Normalised key (trimmed, lower case) to the mapping; the source of truth. */
    private final Map<String, CodeMapping> byNormalised;

    private CodeTable(Map<String, CodeMapping> byNormalised, Map<String, String> spelling) {
        this.byNormalised = Map.copyOf(byNormalised);
        Map<String, CodeMapping> fast = new HashMap<>(byNormalised);
        spelling.forEach((normalised, written) -> fast.put(written, byNormalised.get(normalised)));
        this.byCode = Map.copyOf(fast);
    }

    /** The table shipped in the jar. */
    public static CodeTable builtIn() {
        return BuiltIn.TABLE;
    }

    /** An empty table: every code is classified by the HTTP status alone. */
    public static CodeTable empty() {
        return new CodeTable(Map.of(), Map.of());
    }

    /**
     * This table with the entries of {@code userFile} added; an entry of the user file replaces the
     * entry of this table for the same code.
     *
     * @throws CodeTableException naming the file (and the line) when it cannot be read or a line is bad
     */
    public CodeTable withOverrides(Path userFile) {
        String source = String.valueOf(userFile);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(userFile);
        } catch (IOException e) {
            throw new CodeTableException(source + ": cannot read code-mapping file: " + e, e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CodeTableException(source + ": code-mapping file is not UTF-8 text", e);
        }
        return withOverrides(new java.io.StringReader(text), source);
    }

    /** As {@link #withOverrides(Path)}, reading from {@code reader}; {@code source} names it in errors. */
    public CodeTable withOverrides(Reader reader, String source) {
        Parsed user = parse(reader, source);
        Map<String, CodeMapping> merged = new LinkedHashMap<>(byNormalised);
        merged.putAll(user.mappings);
        Map<String, String> spelling = new HashMap<>();
        byCode.forEach((written, mapping) -> {
            String normalised = normalise(written);
            if (!normalised.equals(written) && !user.mappings.containsKey(normalised)) {
                spelling.put(normalised, written);
            }
        });
        spelling.putAll(user.spelling);
        return new CodeTable(merged, spelling);
    }

    /**
     * A table holding only the mappings read from {@code reader}; {@code source} names it in errors.
     *
     * @throws CodeTableException naming the source and the line of a bad entry
     */
    public static CodeTable read(Reader reader, String source) {
        Parsed parsed = parse(reader, source);
        return new CodeTable(parsed.mappings, parsed.spelling);
    }

    /** The mapping of {@code code}, matched case-insensitively and ignoring surrounding blanks; or null. */
    public CodeMapping lookup(String code) {
        if (code == null) {
            return null;
        }
        CodeMapping hit = byCode.get(code);
        return hit != null ? hit : byNormalised.get(normalise(code));
    }

    /** How many codes the table maps. */
    public int size() {
        return byNormalised.size();
    }

    static String normalise(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private record Parsed(Map<String, CodeMapping> mappings, Map<String, String> spelling) {
    }

    private static Parsed parse(Reader reader, String source) {
        Map<String, CodeMapping> mappings = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String text = lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                String stripped = text.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                CodeLine parsed = CodeLine.parse(stripped, source, lineNumber);
                String key = normalise(parsed.code());
                Integer earlier = lineOf.putIfAbsent(key, lineNumber);
                if (earlier != null) {
                    throw new CodeTableException(source + ":" + lineNumber + ": code '" + parsed.code()
                            + "' is already mapped on line " + earlier + " (codes match ignoring case)");
                }
                mappings.put(key, parsed.mapping());
                if (!key.equals(parsed.code())) {
                    spelling.put(key, parsed.code());
                }
            }
        } catch (IOException e) {
            throw new CodeTableException(source + ": cannot read code-mapping file: " + e, e);
        }
        return new Parsed(mappings, spelling);
    }

    private static CodeTable loadBuiltIn() {
        InputStream in = CodeTable.class.getResourceAsStream(BUILT_IN_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("built-in code table " + BUILT_IN_RESOURCE + " is missing from the class path");
        }
        Parsed parsed = parse(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in " + BUILT_IN_RESOURCE);
        return new CodeTable(parsed.mappings, parsed.spelling);
    }
}
