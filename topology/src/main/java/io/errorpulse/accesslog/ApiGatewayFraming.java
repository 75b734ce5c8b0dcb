package io.errorpulse.accesslog;

/**
 * Amazon API Gateway access logs in JSON built from {@code $context} variables, under the key names of
 * AWS's JSON example ({@code requestId}, {@code requestTime}, {@code requestTimeEpoch}, {@code status}
 * as a string...). API Gateway logs no body: its own {@code $context.error.responseType}
 * ({@code THROTTLED}, {@code INVALID_API_KEY}, ...) is handed to the envelope classifier as the
 * {@code x-amzn-errortype} header it sends with such responses. Store and app come from authorizer
 * context fields; {@code $context.identity.apiKey} is a credential.
 */
final class ApiGatewayFraming extends Framing {

    ApiGatewayFraming() {
        super(LogSchema.APIGW);
        at(Role.STATUS, "status");
        at(Role.TIME, "requestTimeEpoch", "requestTime");
        at(Role.STORE, "authorizer.store_id", "authorizer.storeId", "storeId", "store_id");
        at(Role.APP, "authorizer.app_id", "authorizer.appId", "authorizer.clientId", "appId", "app_id");
        at(Role.API_KEY, "identity.apiKey", "apiKey");
        at(Role.ERROR_TYPE, "error.responseType", "responseType", "errorResponseType");
        at(Role.QUERY, "path");
        recognisedBy("requestTimeEpoch", "requestTime", "extendedRequestId");
    }
}
