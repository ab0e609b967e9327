package fr.formation.common.graphql;

import java.io.StringReader;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.formation.common.ErrorCodes;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks a POST to /graphql before SmallRye GraphQL sees it, so that a malformed request gets a clear error with a
 * code: HTTP 400 for a body that is not a GraphQL request (bad JSON, no {@code query} string, variables or extensions
 * that are not objects), 405 for PUT, DELETE and PATCH, 415 for another content type, and a GRAPHQL_PARSE_FAILED
 * error for a document that does not parse. SmallRye would answer those with "Unparseable request" and no code, or
 * even a 500 (variables given as an array).
 * <p>
 * The document is parsed here once more than SmallRye does (which caches its parse of a known query): a cost in
 * microseconds per request, paid for a coded answer to every malformed one.
 */
@ApplicationScoped
public class GraphQLRequestCheck {

    private static final String JSON = "application/json";
    private static final String GRAPHQL = "application/graphql";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        // After authentication, before SmallRye GraphQL's route, which then finds the body already read.
        router.post("/graphql").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::check);
        router.route("/graphql").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .method(HttpMethod.PUT).method(HttpMethod.DELETE).method(HttpMethod.PATCH)
                .handler(context -> {
                    context.response().putHeader("Allow", "POST, OPTIONS");
                    reject(context, 405, ErrorCodes.METHOD_NOT_ALLOWED, "Send GraphQL requests with POST");
                });
    }

    private void check(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String body = context.body().asString();
        String query;
        if (mediaType.equals(JSON)) {
            JsonValue request;
            try {
                request = Json.createReader(new StringReader(body == null ? "" : body)).readValue();
            } catch (JsonException | IllegalStateException e) {
                reject(context, 400, ErrorCodes.BAD_REQUEST, "The request body is not valid JSON");
                return;
            }
            if (request.getValueType() != JsonValue.ValueType.OBJECT) {
                reject(context, 400, ErrorCodes.BAD_REQUEST, "The request body must be one JSON object with a "
                        + "\"query\" string (batched requests are not supported)");
                return;
            }
            JsonObject fields = request.asJsonObject();
            if (!(fields.get("query") instanceof JsonString text)) {
                reject(context, 400, ErrorCodes.BAD_REQUEST, "The request must have a \"query\" string");
                return;
            }
            if (!nullOr(fields.get("variables"), JsonValue.ValueType.OBJECT)) {
                reject(context, 400, ErrorCodes.BAD_REQUEST, "\"variables\" must be a JSON object");
                return;
            }
            if (!nullOr(fields.get("operationName"), JsonValue.ValueType.STRING)) {
                reject(context, 400, ErrorCodes.BAD_REQUEST, "\"operationName\" must be a string");
                return;
            }
            if (!nullOr(fields.get("extensions"), JsonValue.ValueType.OBJECT)) {
                reject(context, 400, ErrorCodes.BAD_REQUEST, "\"extensions\" must be a JSON object");
                return;
            }
            query = text.getString();
        } else if (mediaType.equals(GRAPHQL)) {
            query = body == null ? "" : body;
        } else {
            reject(context, 415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "Send the request as application/json");
            return;
        }
        try {
            Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            // GraphQL over HTTP: a client that accepts application/graphql-response+json is told with a 400; one that
            // only knows application/json gets 200 with the error, as it expects.
            String accept = context.request().getHeader("Accept");
            int status = accept != null && accept.contains("application/graphql-response+json") ? 400 : 200;
            reject(context, status, ErrorCodes.GRAPHQL_PARSE_FAILED, "The query does not parse: " + e.getMessage());
            return;
        }
        context.next();
    }

    private static boolean nullOr(JsonValue value, JsonValue.ValueType type) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL || value.getValueType() == type;
    }

    private static void reject(RoutingContext context, int status, String code, String message) {
        io.vertx.core.json.JsonObject error = new io.vertx.core.json.JsonObject().put("message", message)
                .put("extensions", new io.vertx.core.json.JsonObject().put("code", code));
        context.response().setStatusCode(status).putHeader("Content-Type", JSON)
                .end(new io.vertx.core.json.JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
