package io.errorpulse.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** errorpulse's own error envelope: {@code {"error": {type, code, message, param, request_id}}}. */
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

        public Failure(int status, String type, String code, String message, String param) {
            super(message, null, false, false);
            this.status = status;
            this.type = type;
            this.code = code;
            this.param = param;
        }

        public int status() {
            return status;
        }

        public ApiError toError(String requestId) {
            return new ApiError(new Body(type, code, getMessage(), param, requestId));
        }
    }

    public static Failure badRequest(String param, String message) {
        return new Failure(400, "invalid_request_error", "invalid_parameter", message, param);
    }

    public static Failure notFound(String message) {
        return new Failure(404, "invalid_request_error", "not_found", message, null);
    }
}
