package io.errorpulse.accesslog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample line of each framing (test resources under {@code accesslog/}) and the secrets planted in them. */
public final class Samples {

    /** Every secret planted in the samples, as the part that must never appear in any output. */
    public static final List<String> PLANTED_SECRETS = List.of(
            "7Hq2LmP9xR4tZ8wK3nV6bY1c",                          // sx_at_ bearer token
            "Qw3Er5Ty7Ui9Op1As",                                 // sx_secret_ client secret
            "51HxQ2eZvKYlo2C9f8T1",                              // sk_live_ key in a query
            "4eC39HqLyjWDarjtT1zdp7dc",                          // sk_test_ key in a URL
            "hunter2-Correct-Horse",                             // Basic password, decoded
            "YmlsbGluZy1zdmM6aHVudGVyMi1Db3JyZWN0LUhvcnNl",      // Basic credential, encoded
            "qtok-8d7c6b5a4f3e",                                 // token= / access_token= parameter
            "eyJzdWIiOiIxMDQyIiwiYXBwIjoic3hfYXBwXzlmOGUifQ",    // JWT payload
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",       // JWT signature
            "c2lnbmF0dXJlLXNpZ25hdHVyZQ",                        // JWT in a Set-Cookie
            "ak-2f9c1e7b4d8a6f03",                               // X-Api-Key (OTLP attribute)
            "Opaq-ueTok3n-9f8e7d6c5b4a",                         // opaque bearer token (Envoy)
            "Kq-opaque-query-key",                               // apikey= parameter (Kong)
            "Xk7pQ2vR9sT4uW6yZ8aB0cD");                          // API Gateway apiKey

    /** The sample files, one realistic line each. */
    public static final List<String> FILES = List.of("default", "ecs-nested", "ecs-dotted", "otel", "otlp", "nginx",
            "envoy", "kong", "apigw");

    private Samples() {
    }

    public static byte[] line(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/accesslog/" + name + ".jsonl")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(line(name), StandardCharsets.UTF_8);
    }
}
