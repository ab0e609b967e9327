package fr.formation.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;

/** Sends GraphQL requests over HTTP, as a frontend does; by default with an admin's token. */
public final class GraphQL {

    private GraphQL() {
    }

    /** Variables for a request, in pairs: name, value, name, value… (values may be null). */
    public static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    /** The whole response to an admin's request, whatever it holds. */
    public static JsonPath execute(String query, Map<String, Object> variables) {
        return send(Tokens.admin(), query, variables).then().statusCode(200).extract().jsonPath();
    }

    /** The HTTP response to a request with that bearer token (none when null). */
    public static Response send(String token, String query, Map<String, Object> variables) {
        Map<String, Object> request = new HashMap<>();
        request.put("query", query);
        request.put("variables", variables);
        String body = Json.createObjectBuilder(request).build().toString();
        RequestSpecification spec = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            spec = spec.header("Authorization", "Bearer " + token);
        }
        return spec.when().post("/graphql");
    }

    /** The response's data, after asserting that there is no error. */
    public static JsonPath ok(String query, Map<String, Object> variables) {
        JsonPath response = execute(query, variables);
        assertNull(response.get("errors"), () -> "unexpected errors: " + response.prettify());
        return response.setRootPath("data");
    }

    /** The extensions.code of the first error. */
    public static String errorCode(JsonPath response) {
        return response.getString("errors[0].extensions.code");
    }
}
