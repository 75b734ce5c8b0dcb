package io.errorpulse.benchmarks;

import io.errorpulse.envelope.ResponseHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The bodies the benchmark classifies: what an API gateway's access log carries. About a third are
 * success payloads; the rest are errors in every dialect, mostly small (100-400 bytes), with a few
 * larger ones (validation errors with many details, list responses, HTML pages) and a few broken
 * ones. Deterministic (fixed seed), so runs compare.
 */
final class BodyMix {

    /** Samples per corpus; also the benchmark's operations per invocation. */
    static final int SIZE = 1024;

    private record Template(int weight, int status, Map<String, String> headers, String body, boolean json) {
    }

    private static final Map<String, String> NO_HEADERS = Map.of();

    private static final List<Template> TEMPLATES = List.of(
            // --- success payloads (about a third) ---
            json(90, 200, """
                    {"id":"ord_%1$d","status":"paid","total":%2$d.50,"currency":"USD","customer":{"id":"cus_%2$d",\
                    "email":"buyer%2$d@example.com"},"items":[{"sku":"SKU-%1$d","qty":2,"price":12.25},\
                    {"sku":"SKU-%2$d","qty":1,"price":3.99}],"created_at":"2026-01-02T03:04:05Z"}"""),
            json(60, 200, """
                    {"success":true,"data":{"id":%1$d,"name":"Product %2$d","stock":%1$d,"tags":["a","b"]},\
                    "error":null,"meta":{"request_id":"req_%2$d"}}"""),
            json(40, 200, """
                    {"code":200,"status":"OK","message":"ok","data":{"listings":[{"id":"l_%1$d","title":"Blue mug",\
                    "price":%2$d}]}}"""),
            json(40, 200, """
                    {"data":{"shop":{"name":"Shop %1$d","plan":"basic","orders":{"edges":[{"node":{"id":"gid://o/%2$d"}}]}}},\
                    "extensions":{"cost":{"requestedQueryCost":12,"actualQueryCost":8}}}"""),
            new Template(30, 204, NO_HEADERS, "", false),
            json(15, 200, listBody()),
            // --- seed dialects ---
            json(40, 401, """
                    {"message":"Invalid or expired access token.","code":"invalid_token","status":401}"""),
            json(15, 403, """
                    {"message":"Insufficient scope. Required: read:orders","code":"insufficient_scope",\
                    "required_scope":"read:orders","status":403}"""),
            json(20, 429, """
                    {"message":"Too many requests, retry after 30s","status":429}"""),
            json(25, 404, """
                    {"error":{"code":"PRODUCT_NOT_FOUND","message":"Product with ID 'prod_%1$d' not found",\
                    "doc_url":"https://docs.example.io/api/errors#PRODUCT_NOT_FOUND"}}"""),
            json(10, 422, validationBody()),
            json(25, 404, """
                    {"error":{"type":"not_found_error","code":"reseller_store_not_found",\
                    "message":"No reseller store found with ID rst_%1$d","param":"id"},"request_id":"req_%2$d"}"""),
            json(20, 401, """
                    {"success":false,"data":null,"error":{"code":"AUTH_EXPIRED_TOKEN","message":"JWT expired",\
                    "details":{}},"meta":{"request_id":"req_%1$d"}}"""),
            json(25, 429, """
                    {"code":429,"status":"error","message":"Too many requests","error":{"code":"RATE_LIMIT_EXCEEDED",\
                    "message":"Rate limit exceeded. Retry after 60 seconds.","tier":"public_key"}}"""),
            // --- standards ---
            new Template(15, 403, Map.of("content-type", "application/problem+json"), """
                    {"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.",\
                    "status":403,"detail":"Your current balance is 30, but that costs 50.",\
                    "instance":"/account/%1$d/msgs/abc"}""", true),
            json(15, 429, """
                    {"error":{"code":429,"message":"Quota exceeded for quota metric 'Requests'.",\
                    "status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo",\
                    "reason":"RATE_LIMIT_EXCEEDED","domain":"googleapis.com","metadata":{"service":"x.googleapis.com"}}]}}"""),
            json(15, 200, """
                    {"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED",\
                    "documentation":"https://shopify.dev/api/usage/rate-limits"}}],\
                    "extensions":{"cost":{"requestedQueryCost":1001,"throttleStatus":{"currentlyAvailable":0}}}}"""),
            json(10, 422, """
                    {"jsonapi":{"version":"1.1"},"errors":[{"status":"422","code":"FIELD_INVALID",\
                    "source":{"pointer":"/data/attributes/email"},"title":"Invalid Attribute",\
                    "detail":"Email must be valid."}]}"""),
            json(10, 401, """
                    {"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired.",\
                    "innerError":{"date":"2026-01-02T03:04:05","request-id":"%1$d-%2$d"}}}"""),
            new Template(15, 400, Map.of("x-amzn-errortype", "ThrottlingException:http://internal.amazon.com/"), """
                    {"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"Rate exceeded"}""",
                    true),
            // --- what proxies send, and broken bodies ---
            new Template(20, 502, NO_HEADERS, """
                    <html>\r
                    <head><title>502 Bad Gateway</title></head>\r
                    <body>\r
                    <center><h1>502 Bad Gateway</h1></center>\r
                    <hr><center>nginx/1.25.3</center>\r
                    </body>\r
                    </html>\r
                    """, false),
            new Template(10, 503, NO_HEADERS, "upstream connect error or disconnect/reset before headers. "
                    + "reset reason: connection failure", false),
            new Template(10, 429, NO_HEADERS, "", false),
            new Template(5, 500, NO_HEADERS, "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"Inter", true));

    private BodyMix() {
    }

    /** The realistic mix: every dialect, non-JSON bodies included. */
    static List<Sample> mixed() {
        return build(TEMPLATES);
    }

    /** Only the JSON bodies of the mix, for a tokenisation baseline that never meets a non-JSON byte. */
    static List<Sample> jsonOnly() {
        return build(TEMPLATES.stream().filter(t -> t.json && !t.body.isEmpty() && t.body.endsWith("}")).toList());
    }

    private static List<Sample> build(List<Template> templates) {
        int total = templates.stream().mapToInt(Template::weight).sum();
        Random random = new Random(20_260_102L);
        List<Sample> samples = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            int pick = random.nextInt(total);
            Template t = templates.get(0);
            for (Template candidate : templates) {
                pick -= candidate.weight;
                if (pick < 0) {
                    t = candidate;
                    break;
                }
            }
            String body = t.body.formatted(random.nextInt(1_000_000), random.nextInt(10_000));
            samples.add(new Sample(t.status, ResponseHeaders.of(t.headers), body.getBytes(StandardCharsets.UTF_8)));
        }
        return samples;
    }

    private static Template json(int weight, int status, String body) {
        return new Template(weight, status, NO_HEADERS, body, true);
    }

    private static String validationBody() {
        StringBuilder sb = new StringBuilder("{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"Validation failed\","
                + "\"doc_url\":\"https://docs.example.io/api/errors#VALIDATION_ERROR\",\"details\":[");
        for (int i = 0; i < 12; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"field\":\"items[").append(i)
                    .append("].quantity\",\"message\":\"must be a positive number, got -%1$d\"}");
        }
        return sb.append("]}}").toString();
    }

    private static String listBody() {
        StringBuilder sb = new StringBuilder("{\"data\":[");
        for (int i = 0; i < 20; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"prod_").append(i)
                    .append("%1$d\",\"title\":\"Ceramic mug ").append(i)
                    .append("\",\"price\":{\"amount\":%2$d,\"currency\":\"EUR\"},\"in_stock\":true}");
        }
        return sb.append("],\"has_more\":true,\"next_cursor\":\"c_%2$d\"}").toString();
    }
}
