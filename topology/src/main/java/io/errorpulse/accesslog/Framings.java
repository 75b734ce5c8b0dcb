package io.errorpulse.accesslog;

import java.util.List;

/** The framings errorpulse knows, in the order {@link LogSchema#AUTO} tries them: most specific first. */
final class Framings {

    private Framings() {
    }

    static List<Framing> detectionOrder() {
        return List.of(new OtlpLogRecordFraming(), new OtelLogFraming(), new EcsFraming(), new KongFraming(),
                new EnvoyFraming(), new ApiGatewayFraming(), new NginxFraming(), new DefaultJsonFraming());
    }

    static Framing of(LogSchema schema) {
        return switch (schema) {
            case DEFAULT, AUTO -> new DefaultJsonFraming();
            case ECS -> new EcsFraming();
            case OTEL -> new OtelLogFraming();
            case OTLP -> new OtlpLogRecordFraming();
            case NGINX -> new NginxFraming();
            case ENVOY -> new EnvoyFraming();
            case KONG -> new KongFraming();
            case APIGW -> new ApiGatewayFraming();
        };
    }
}
