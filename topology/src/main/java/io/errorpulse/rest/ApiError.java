package io.errorpulse.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.jetty.http.HttpStatus;

/**
 * errorpulse's own error envelope: {@code {"error": {type, code, message, param, request_id}}}.
 * {@code type} groups errors by who must act (the caller's request, its credentials, or a transient
 * state of the service); {@code code} is the machine-readable reason; {@code param} names the
 * offending parameter when there is one.
 */
public record ApiError(Body error) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String type, String code, String message, String param,
                       @JsonProperty("request_id") String requestId) {
    }

    /** Thrown by a handler to answer with this envelope. */
    public static final class Failure extends RuntimeException {
        private final int status;
        private final String type;
        private final String code;
        private final String param;
        private final Integer retryAfterSeconds;

        public Failure(int status, String type, String code, String message, String param) {
            this(status, type, code, message, param, null);
        }

        private Failure(int status, String type, String code, String message, String param, Integer retryAfterSeconds) {
            super(message, null, false, false);
            this.status = status;
            this.type = type;
            this.code = code;
            this.param = param;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }

        /** Seconds a client should wait before retrying, for a 503; null otherwise. */
        public Integer retryAfterSeconds() {
            return retryAfterSeconds;
        }

        public ApiError toError(String requestId) {
            return new ApiError(new Body(type, code, getMessage(), param, requestId));
        }
    }

    /** Seconds a client should wait after a 503: about one rebalance or restore step. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static Failure badRequest(String param, String message) {
        return new Failure(400, "invalid_request_error", "invalid_parameter", message, param);
    }

    public static Failure notFound(String message) {
        return new Failure(404, "invalid_request_error", "not_found", message, null);
    }

    public static Failure missingToken() {
        return new Failure(401, "authentication_error", "missing_token",
                "send an API key as Authorization: Bearer <key>", null);
    }

    public static Failure invalidToken() {
        return new Failure(401, "authentication_error", "invalid_token", "the API key is not valid", null);
    }

    public static Failure unavailable(String message) {
        return new Failure(503, "unavailable_error", "store_unavailable", message, null, RETRY_AFTER_SECONDS);
    }

    /**
     * The envelope of a status the HTTP layer answers by itself (no route, a method the route does not
     * take, a request it cannot read), with the status's own phrase as the message.
     */
    public static Failure forStatus(int status) {
        if (status >= 500) {
            return internal();
        }
        String message = HttpStatus.getMessage(status);
        return switch (status) {
            case 404 -> notFound("no such route");
            case 405 -> new Failure(405, "invalid_request_error", "method_not_allowed", message, null);
            case 413, 414, 431 -> new Failure(status, "invalid_request_error", "request_too_large", message, null);
            default -> new Failure(status, "invalid_request_error", "invalid_request", message, null);
        };
    }

    public static Failure internal() {
        return new Failure(500, "api_error", "internal_error", "internal error; the request id identifies it in the logs",
                null);
    }
}
