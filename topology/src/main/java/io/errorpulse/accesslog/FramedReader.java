package io.errorpulse.accesslog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.errorpulse.envelope.ResponseHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link AccessLogReader} of every framing: one streaming pass captures the fields of all the
 * framings it may need (see {@link FieldTree}), then the framing is chosen (forced, or the first whose
 * signature fields are present), and the record is built from that framing's fields: status, event
 * time, store and app attribution, response headers and body, all scrubbed of credentials, with a
 * fingerprint of the credential the request presented.
 *
 * <p>Thread-safe and shared by all stream threads: per-line state lives in a {@link Captured}, one per
 * thread, cleared after each line.
 */
final class FramedReader implements AccessLogReader {

    /** Longest store or app id kept; longer ones are cut, so a hostile header cannot make huge keys. */
    static final int MAX_ID_LENGTH = 128;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(512)
                    .maxNumberLength(64)
                    .maxNameLength(4096)
                    .maxStringLength(8 << 20)
                    .maxDocumentLength(16L << 20)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final String[] SENSITIVE_RESPONSE_HEADERS = {"set-cookie", "cookie", "authorization",
        "proxy-authorization", "x-client-secret", "x-api-key", "x-amz-security-token"};
    private static final String ERROR_TYPE_HEADER = "x-amzn-errortype";

    private final List<BoundFraming> framings;
    private final boolean detect;
    private final LineWalker walker;
    private final ThreadLocal<Captured> captured;
    private final CredentialFingerprinter fingerprinter;

    FramedReader(AccessLogSettings settings) {
        this.detect = settings.schema() == LogSchema.AUTO;
        List<Framing> declared = detect ? Framings.detectionOrder() : List.of(Framings.of(settings.schema()));
        FieldRegistry registry = new FieldRegistry();
        Map<Role, List<String>> remapped = settings.remapped();
        List<BoundFraming> bound = new ArrayList<>();
        for (Framing f : declared) {
            bound.add(new BoundFraming(f, remapped, registry));
        }
        this.framings = List.copyOf(bound);
        this.walker = new LineWalker(registry.tree(), registry.kinds());
        int fieldCount = registry.size();
        this.captured = ThreadLocal.withInitial(() -> new Captured(fieldCount));
        this.fingerprinter = new CredentialFingerprinter(settings.fingerprintKey());
    }

    @Override
    public AccessRecord read(byte[] line) {
        if (line == null || line.length == 0) {
            throw new UnreadableRecordException(Reasons.EMPTY);
        }
        Captured captured = this.captured.get();
        try {
            parse(line, captured);
            BoundFraming framing = choose(captured);
            if (framing == null) {
                throw new UnreadableRecordException(Reasons.NO_STATUS);
            }
            return build(framing, captured);
        } finally {
            captured.clear(); // nothing of this line (a body may be large) is kept until the next
        }
    }

    private void parse(byte[] line, Captured captured) {
        int base = startsWithBom(line) ? 3 : 0;
        try (JsonParser p = JSON.createParser(line, base, line.length - base)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new UnreadableRecordException(Reasons.EMPTY);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new UnreadableRecordException(Reasons.NOT_AN_OBJECT);
            }
            walker.walk(p, line, base, captured);
            if (p.nextToken() != null) {
                throw new UnreadableRecordException(Reasons.TRAILING_DATA);
            }
        } catch (StreamConstraintsException e) {
            String message = String.valueOf(e.getOriginalMessage());
            throw new UnreadableRecordException(message.contains("epth") ? Reasons.TOO_DEEP : Reasons.TOO_LARGE);
        } catch (JsonEOFException e) {
            throw new UnreadableRecordException(Reasons.TRUNCATED);
        } catch (IOException e) {
            throw new UnreadableRecordException(Reasons.NOT_JSON);
        }
    }

    private BoundFraming choose(Captured captured) {
        if (!detect) {
            return framings.get(0);
        }
        for (BoundFraming f : framings) {
            if (f.recognises(captured)) {
                return f;
            }
        }
        return null;
    }

    private AccessRecord build(BoundFraming f, Captured c) {
        int status = status(c.first(f.fields(Role.STATUS)));
        long eventTime = eventTime(c.first(f.fields(Role.TIME)));
        String[] requestHeaders = requestHeaders(c, f.fields(Role.REQUEST_HEADERS));

        PresentedCredentials credentials = new PresentedCredentials();
        credentials.authorization(or(c.firstString(f.fields(Role.AUTHORIZATION)),
                requestHeaders[RequestHeader.AUTHORIZATION.ordinal()]));
        credentials.secret(or(c.firstString(f.fields(Role.CLIENT_SECRET)),
                requestHeaders[RequestHeader.CLIENT_SECRET.ordinal()]));
        credentials.secret(requestHeaders[RequestHeader.API_KEY.ordinal()]);
        for (int field : f.fields(Role.API_KEY)) {
            if (c.get(field) instanceof String key) {
                credentials.secret(key);
            }
        }
        QueryFindings query = new QueryFindings(credentials);
        for (int field : f.fields(Role.QUERY)) {
            if (c.get(field) instanceof String text) {
                QueryParameters.scan(text, query);
            }
        }

        String store = firstId(c.firstString(f.fields(Role.STORE)),
                or(c.firstString(f.fields(Role.STORE_HEADER)), requestHeaders[RequestHeader.STORE_ID.ordinal()]),
                c.firstString(f.fields(Role.STORE_QUERY)), query.storeId);
        String app = firstId(c.firstString(f.fields(Role.APP)),
                or(c.firstString(f.fields(Role.APP_HEADER)), requestHeaders[RequestHeader.CLIENT_ID.ordinal()]),
                null, null);

        return new AccessRecord(eventTime,
                store == null ? AccessRecord.UNKNOWN : credentials.scrub(store),
                app == null ? AccessRecord.UNKNOWN : credentials.scrub(app),
                status,
                responseHeaders(c, f, credentials),
                body(c.first(f.fields(Role.BODY)), credentials),
                credentials.fingerprint(fingerprinter));
    }

    private static int status(Object value) {
        if (value == null) {
            throw new UnreadableRecordException(Reasons.NO_STATUS);
        }
        if (!(value instanceof String text)) {
            throw new UnreadableRecordException(Reasons.STATUS_NOT_NUMERIC);
        }
        String s = text.trim();
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        int digitsEnd = i;
        while (digitsEnd < n && Character.isDigit(s.charAt(digitsEnd)) && s.charAt(digitsEnd) < 128) {
            digitsEnd++;
        }
        if (digitsEnd == i) {
            throw new UnreadableRecordException(Reasons.STATUS_NOT_NUMERIC);
        }
        if (digitsEnd < n) {
            if (s.charAt(digitsEnd) != '.') {
                throw new UnreadableRecordException(Reasons.STATUS_NOT_NUMERIC);
            }
            for (int k = digitsEnd + 1; k < n; k++) {
                if (s.charAt(k) != '0') {
                    throw new UnreadableRecordException(Reasons.STATUS_NOT_NUMERIC);
                }
            }
        }
        if (s.charAt(0) == '-' || digitsEnd - i > 3) {
            throw new UnreadableRecordException(Reasons.STATUS_OUT_OF_RANGE);
        }
        return Integer.parseInt(s, i, digitsEnd, 10);
    }

    private static long eventTime(Object value) {
        if (value == null) {
            return AccessRecord.NO_EVENT_TIME;
        }
        if (!(value instanceof String text)) {
            throw new UnreadableRecordException(Reasons.BAD_TIME);
        }
        if (text.isBlank() || "-".equals(text.trim())) {
            return AccessRecord.NO_EVENT_TIME;
        }
        long ms = EventTimes.parse(text);
        if (ms == EventTimes.UNREADABLE) {
            throw new UnreadableRecordException(Reasons.BAD_TIME);
        }
        return ms;
    }

    private static String[] requestHeaders(Captured c, int[] fields) {
        String[] merged = new String[RequestHeader.COUNT];
        for (int f : fields) {
            if (c.get(f) instanceof String[] headers) {
                for (int i = 0; i < merged.length; i++) {
                    if (merged[i] == null) {
                        merged[i] = headers[i];
                    }
                }
            }
        }
        return merged;
    }

    private static ResponseHeaders responseHeaders(Captured c, BoundFraming f, PresentedCredentials credentials) {
        Map<String, String> out = null;
        for (int field : f.fields(Role.RESPONSE_HEADERS)) {
            if (c.get(field) instanceof Map<?, ?> logged) {
                for (Map.Entry<?, ?> e : logged.entrySet()) {
                    String name = (String) e.getKey();
                    if (!isSensitive(name)) {
                        if (out == null) {
                            out = new HashMap<>();
                        }
                        out.putIfAbsent(name, credentials.scrub((String) e.getValue()));
                    }
                }
            }
        }
        String errorType = c.firstString(f.fields(Role.ERROR_TYPE));
        if (errorType != null && !errorType.isBlank() && !"-".equals(errorType)) {
            if (out == null) {
                out = new HashMap<>();
            }
            out.putIfAbsent(ERROR_TYPE_HEADER, credentials.scrub(errorType));
        }
        if (out == null) {
            return ResponseHeaders.NONE;
        }
        Map<String, String> lowerCaseNames = out;
        return lowerCaseNames::get;
    }

    private static boolean isSensitive(String name) {
        for (String s : SENSITIVE_RESPONSE_HEADERS) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A string body as its UTF-8 bytes ({@code -}, Envoy's "none", is no body), an object body as logged. */
    private static byte[] body(Object value, PresentedCredentials credentials) {
        if (value instanceof String s) {
            if ("-".equals(s)) {
                return null;
            }
            return credentials.scrub(s.getBytes(StandardCharsets.UTF_8));
        }
        if (value instanceof byte[] raw) {
            return credentials.scrub(raw);
        }
        return null;
    }

    /** The first usable id in order of preference: explicit field, request header, query parameter. */
    private static String firstId(String explicit, String header, String queryField, String queryParsed) {
        String id = clean(explicit);
        if (id == null) {
            id = clean(header);
        }
        if (id == null) {
            id = clean(queryField);
        }
        if (id == null) {
            id = clean(queryParsed);
        }
        return id;
    }

    /** {@code -} and blanks mean absent (nginx and Envoy log {@code -}); ids are trimmed and capped. */
    private static String clean(String id) {
        if (id == null) {
            return null;
        }
        String s = id.trim();
        if (s.isEmpty() || "-".equals(s)) {
            return null;
        }
        return s.length() > MAX_ID_LENGTH ? s.substring(0, MAX_ID_LENGTH) : s;
    }

    private static String or(String first, String second) {
        return clean(first) != null ? first : second;
    }

    private static boolean startsWithBom(byte[] line) {
        return line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF;
    }

    /** Collects what the query strings of one record say. */
    private static final class QueryFindings implements QueryParameters.Sink {
        private final PresentedCredentials credentials;
        private String storeId;

        QueryFindings(PresentedCredentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public void storeId(String value) {
            if (storeId == null && clean(value) != null) {
                storeId = value;
            }
        }

        @Override
        public void credential(String value) {
            credentials.secret(value);
        }
    }
}
