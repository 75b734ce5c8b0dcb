package io.errorpulse.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The fields of a JSON answer, written straight to a generator. Keyed answers are written this way
 * rather than built as nested maps: a one-hour rates answer has sixty steps of a dozen small objects,
 * and building then serialising them as maps was most of the cost of the request.
 */
@FunctionalInterface
interface JsonFields {

    void write(JsonGenerator json) throws IOException;
}
