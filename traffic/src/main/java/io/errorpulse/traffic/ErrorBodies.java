package io.errorpulse.traffic;

import java.util.List;
import java.util.Random;

/**
 * Response bodies in the five seed envelope shapes, one shape per API (a store keeps the shape of the
 * API it calls). Codes are the ones the seed references document at their statuses.
 */
public final class ErrorBodies {

    /** What a response says, independent of the envelope shape. */
    public enum Outcome { OK, AUTH_FAILURE, MISSING_CREDENTIAL, RATE_LIMITED, SERVER_ERROR, NOT_FOUND, VALIDATION }

    /** The number of envelope shapes. */
    public static final int SHAPES = 5;

    private ErrorBodies() {
    }

    public static int status(Outcome outcome, Random random) {
        return switch (outcome) {
            case OK -> random.nextInt(10) == 0 ? 201 : 200;
            case AUTH_FAILURE, MISSING_CREDENTIAL -> 401;
            case RATE_LIMITED -> 429;
            case SERVER_ERROR -> List.of(500, 502, 503, 504).get(random.nextInt(4));
            case NOT_FOUND -> 404;
            case VALIDATION -> 422;
        };
    }

    /** A body of {@code shape} (0..4) for the outcome at the status. */
    public static String body(int shape, Outcome outcome, int status, Random random) {
        if (outcome == Outcome.OK) {
            return "{\"id\":" + random.nextInt(1_000_000) + ",\"ok\":true}";
        }
        String code = code(shape, outcome, status, random);
        return switch (shape) {
            case 0 -> code == null
                    ? "{\"message\":\"Too many requests\",\"status\":" + status + "}"
                    : "{\"message\":\"" + message(outcome) + "\",\"code\":\"" + code + "\",\"status\":" + status + "}";
            case 1 -> "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message(outcome)
                    + "\",\"doc_url\":\"https://docs.example.com/api/errors#" + code + "\"}}";
            case 2 -> "{\"error\":{\"type\":\"" + stripeType(outcome) + "\",\"code\":\"" + code + "\",\"message\":\""
                    + message(outcome) + "\"},\"request_id\":\"req_" + Integer.toHexString(random.nextInt()) + "\"}";
            case 3 -> "{\"success\":false,\"data\":null,\"error\":{\"code\":\"" + code + "\",\"message\":\""
                    + message(outcome) + "\",\"details\":{}},\"meta\":{\"request_id\":\"req_"
                    + Integer.toHexString(random.nextInt()) + "\"}}";
            default -> "{\"code\":" + status + ",\"status\":\"error\",\"message\":\"" + message(outcome)
                    + "\",\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message(outcome) + "\",\"details\":{}}}";
        };
    }

    private static String code(int shape, Outcome outcome, int status, Random random) {
        return switch (shape) {
            case 0 -> switch (outcome) {
                case AUTH_FAILURE -> random.nextBoolean() ? "invalid_token" : "invalid_client";
                case MISSING_CREDENTIAL -> "missing_token";
                case RATE_LIMITED -> null; // seed 000 documents 429 without a code
                case SERVER_ERROR -> "internal_error";
                case NOT_FOUND -> "not_found";
                default -> "validation_error";
            };
            case 1 -> switch (outcome) {
                case AUTH_FAILURE, MISSING_CREDENTIAL -> "UNAUTHORIZED";
                case RATE_LIMITED -> "RATE_LIMITED";
                case SERVER_ERROR -> "INTERNAL_ERROR";
                case NOT_FOUND -> "NOT_FOUND";
                default -> "VALIDATION_ERROR";
            };
            case 2 -> switch (outcome) {
                case AUTH_FAILURE -> random.nextBoolean() ? "invalid_credentials" : "invalid_refresh_token";
                case MISSING_CREDENTIAL -> "missing_token";
                case RATE_LIMITED -> "rate_limit_exceeded";
                case SERVER_ERROR -> "internal_error";
                case NOT_FOUND -> "resource_not_found";
                default -> "validation_error";
            };
            case 3 -> switch (outcome) {
                case AUTH_FAILURE -> random.nextBoolean() ? "AUTH_INVALID_KEY" : "AUTH_EXPIRED_TOKEN";
                case MISSING_CREDENTIAL -> "AUTH_INVALID_KEY";
                case RATE_LIMITED -> "RATE_LIMIT_EXCEEDED";
                case SERVER_ERROR -> status == 504 ? "BACKEND_TIMEOUT" : status == 502 ? "BACKEND_ERROR" : "INTERNAL_ERROR";
                case NOT_FOUND -> "PRODUCT_NOT_FOUND";
                default -> "INVALID_REQUEST";
            };
            default -> switch (outcome) {
                case AUTH_FAILURE -> random.nextBoolean() ? "TOKEN_EXPIRED" : "INVALID_API_KEY";
                case MISSING_CREDENTIAL -> "MISSING_API_KEY";
                case RATE_LIMITED -> "RATE_LIMIT_EXCEEDED";
                case SERVER_ERROR -> "INTERNAL_ERROR";
                case NOT_FOUND -> "NOT_FOUND";
                default -> "VALIDATION_ERROR";
            };
        };
    }

    private static String stripeType(Outcome outcome) {
        return switch (outcome) {
            case AUTH_FAILURE, MISSING_CREDENTIAL -> "authentication_error";
            case RATE_LIMITED -> "rate_limit_error";
            case SERVER_ERROR -> "api_error";
            case NOT_FOUND -> "not_found_error";
            default -> "invalid_request_error";
        };
    }

    private static String message(Outcome outcome) {
        return switch (outcome) {
            case AUTH_FAILURE -> "Invalid or expired access token.";
            case MISSING_CREDENTIAL -> "Access denied. Provide a token.";
            case RATE_LIMITED -> "Too many requests";
            case SERVER_ERROR -> "Something went wrong on our end";
            case NOT_FOUND -> "Resource not found";
            case VALIDATION -> "Validation failed";
            case OK -> "";
        };
    }
}
