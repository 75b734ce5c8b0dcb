package io.errorpulse.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to what never reaches a route (a request line or URI it cannot read, headers too
 * large, an ambiguous path), in errorpulse's envelope instead of Jetty's HTML page. The message is
 * the status's own phrase: nothing of the rejected request is echoed, since it may carry a credential.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper json;

    JsonErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String requestId = RestServer.requestIdOrNew(request.getHeaders().get(PeerHeaders.REQUEST_ID));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(PeerHeaders.REQUEST_ID, requestId);
        response.write(true, ByteBuffer.wrap(envelope(code, requestId)), callback);
    }

    /** A request Jetty could not parse: there is no request, only the status and the headers of the answer. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(envelope(status, RestServer.requestIdOrNew(null)));
    }

    private byte[] envelope(int status, String requestId) {
        try {
            return json.writeValueAsBytes(ApiError.forStatus(status).toError(requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the error envelope is always serialisable", e);
        }
    }
}
