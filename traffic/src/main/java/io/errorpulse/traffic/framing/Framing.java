package io.errorpulse.traffic.framing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The access-log framings of the gateways errorpulse reads, each writing one request as that gateway
 * logs it: where it puts the status, the time, the store and app, the credential and the body
 * (see docs/access-logs.md). Envoy logs only its own local replies, never an upstream body.
 */
public enum Framing {
    DEFAULT {
        @Override
        void write(LoggedRequest r, StringBuilder out) {
            out.append("{\"ts\":\"").append(Instant.ofEpochMilli(r.eventTimeMs())).append("\",\"method\":\"GET\",\"path\":\"/v1/orders\"");
            field(out, "store_id", r.store());
            field(out, "app_id", r.app());
            out.append(",\"status\":").append(r.status());
            out.append(",\"request_headers\":{\"authorization\":\"Bearer ").append(r.token()).append("\"}");
            out.append(",\"response_headers\":{\"content-type\":\"application/json\"}");
            field(out, "response_body", r.body());
            out.append('}');
        }
    },
    ECS {
        @Override
        void write(LoggedRequest r, StringBuilder out) {
            out.append("{\"@timestamp\":\"").append(Instant.ofEpochMilli(r.eventTimeMs())).append('"');
            out.append(",\"event\":{\"dataset\":\"nginx.access\",\"kind\":\"event\"}");
            out.append(",\"http\":{\"request\":{\"method\":\"GET\",\"headers\":{\"authorization\":\"Bearer ").append(r.token())
                    .append("\"}},\"response\":{\"status_code\":").append(r.status()).append(",\"body\":{");
            field(out, "content", r.body());
            out.append("}}},\"url\":{\"original\":\"/v1/orders\"},\"labels\":{");
            field(out, "store_id", r.store());
            out.append(',');
            field(out, "app_id", r.app());
            out.append("}}");
        }
    },
    OTEL {
        @Override
        void write(LoggedRequest r, StringBuilder out) {
            out.append("{\"timestamp\":\"").append(Instant.ofEpochMilli(r.eventTimeMs())).append("\",\"severityText\":\"INFO\"");
            out.append(',');
            field(out, "body", r.body());
            out.append(",\"attributes\":{\"http.request.method\":\"GET\",\"http.response.status_code\":").append(r.status())
                    .append(",\"url.full\":\"https://api.example.com/v1/orders\"")
                    .append(",\"http.request.header.x-store-id\":[\"").append(r.store()).append("\"]")
                    .append(",\"http.request.header.x-client-id\":[\"").append(r.app()).append("\"]")
                    .append(",\"http.request.header.authorization\":[\"Bearer ").append(r.token()).append("\"]")
                    .append(",\"http.response.header.content-type\":[\"application/json\"]}}");
        }
    },
    NGINX {
        @Override
        void write(LoggedRequest r, StringBuilder out) {
            long ms = r.eventTimeMs();
            out.append("{\"time_iso8601\":\"").append(NGINX_TIME.format(Instant.ofEpochMilli(ms - ms % 1000).atOffset(ZoneOffset.ofHours(-5))))
                    .append('"');
            out.append(",\"msec\":\"").append(ms / 1000).append('.').append(String.format(java.util.Locale.ROOT, "%03d", ms % 1000)).append('"');
            out.append(",\"remote_addr\":\"203.0.113.9\",\"request_uri\":\"/v1/orders\"");
            out.append(",\"status\":\"").append(r.status()).append("\",\"body_bytes_sent\":\"").append(r.body().length()).append('"');
            field(out, "http_x_store_id", r.store());
            field(out, "http_x_client_id", r.app());
            out.append(",\"http_authorization\":\"Bearer ").append(r.token()).append('"');
            out.append(",\"sent_http_content_type\":\"application/json\"");
            field(out, "resp_body", r.body());
            out.append('}');
        }
    },
    ENVOY {
        @Override
        void write(LoggedRequest r, StringBuilder out) {
            out.append("{\"start_time\":\"").append(Instant.ofEpochMilli(r.eventTimeMs())).append("\",\"method\":\"GET\",\"path\":\"/v1/orders\"");
            out.append(",\"protocol\":\"HTTP/1.1\",\"response_code\":").append(r.status()).append(",\"response_flags\":\"-\"");
            field(out, "x_store_id", r.store());
            field(out, "x_client_id", r.app());
            out.append(",\"authorization\":\"Bearer ").append(r.token()).append("\",\"upstream_host\":\"10.0.0.7:8080\"");
            out.append(",\"local_reply_body\":\"-\"}");
        }
    },
    KONG {
        @Override
        void write(LoggedRequest r, StringBuilder out) {
            out.append("{\"request\":{\"method\":\"GET\",\"uri\":\"/v1/orders\",\"headers\":{\"host\":\"api.example.com\"");
            field(out, "x-store-id", r.store());
            field(out, "x-client-id", r.app());
            out.append(",\"authorization\":\"Bearer ").append(r.token()).append("\"}},\"response\":{\"status\":").append(r.status())
                    .append(",\"headers\":{\"content-type\":\"application/json\"}}");
            field(out, "response_body", r.body());
            out.append(",\"started_at\":").append(r.eventTimeMs()).append(",\"client_ip\":\"198.51.100.4\"}");
        }
    };

    /** nginx's {@code $time_iso8601}: seconds, with the server's offset. */
    private static final DateTimeFormatter NGINX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** One request as its gateway logged it. */
    public String line(LoggedRequest request) {
        StringBuilder out = new StringBuilder(320 + request.body().length());
        write(request, out);
        return out.toString();
    }

    abstract void write(LoggedRequest request, StringBuilder out);

    /** {@code ,"name":"value"} with the value escaped as a JSON string (a leading comma unless after '{'). */
    static void field(StringBuilder out, String name, String value) {
        char last = out.charAt(out.length() - 1);
        if (last != '{' && last != ',') {
            out.append(',');
        }
        out.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
