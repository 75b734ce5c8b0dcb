package io.errorpulse.envelope;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The one {@link JsonFactory} every response body is read with, and its hard limits.
 *
 * <p>Bodies come from the APIs errorpulse watches, through gateways, so they are untrusted: the
 * limits bound the work one record can cost. Jackson checks them while tokenising, iteratively,
 * so a body that breaks one fails fast (it is then {@code malformed}) and never recurses.
 * Strings that no dialect reads are skipped without being decoded (Jackson still checks their
 * UTF-8), so a long {@code message} costs a scan but never hits {@link #MAX_STRING_CHARS}.
 */
final class EnvelopeJson {

    /** Deeper bodies are malformed (DESIGN.md). */
    static final int MAX_DEPTH = 512;
    /**
     * The longest string value a dialect will decode (codes, types, status words, links). Generous on
     * purpose: a 256 KiB "code" is decoded, found too long to be a code, and the envelope around it
     * still counts; only a string longer than this makes the body malformed.
     */
    static final int MAX_STRING_CHARS = 1024 * 1024;
    /** The longest number; a code is at most 128 digits anyway. */
    static final int MAX_NUMBER_CHARS = 256;
    /** The longest member name. */
    static final int MAX_NAME_CHARS = 1024;
    /** Total tokens read from one body: about 8,000 members. Error envelopes have tens. */
    static final long MAX_TOKENS = 16_384;
    /** Bytes read from one body; Kafka's default message limit is 1 MiB. */
    static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxNameLength(MAX_NAME_CHARS)
                    .maxTokenCount(MAX_TOKENS)
                    .maxDocumentLength(MAX_BODY_BYTES)
                    .build())
            // Field-name interning stays on (Jackson's default): the reader switches on member names,
            // and an interned name equals its literal by identity. Names are interned once per
            // distinct name (the symbol table keeps them), and interned strings are collectable.
            .build();

    private EnvelopeJson() {
    }
}
