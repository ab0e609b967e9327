package fr.formation.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The limits that protect the server: each refuses with a clear error and a code, before any work is done. */
@QuarkusTest
class RequestLimitsTest {

    @Test
    void aQueryDeeperThanTheLimitIsRefused() {
        // sessions > edges > node, then enrollments > learner > enrollments > session four times, then name: depth 20.
        String nesting = "enrollments { learner { enrollments { session { ".repeat(4);
        String deep = "{ sessions(first: 1) { edges { node { " + nesting + "name" + " } } } }".repeat(4) + " } } } }";
        assertRefused(GraphQL.execute(deep, Map.of()), "QUERY_TOO_DEEP");
    }

    @Test
    void aQueryWithTooManyFieldsIsRefused() {
        String fields = IntStream.range(0, 1001).mapToObj(i -> "f" + i + ": name").collect(Collectors.joining(" "));
        assertRefused(GraphQL.execute("{ sessions(first: 1) { edges { node { " + fields + " } } } }", Map.of()),
                "QUERY_TOO_COMPLEX");
    }

    @Test
    void anOperationWithTooManyRootFieldsIsRefused() {
        String aliases = IntStream.range(0, 21).mapToObj(i -> "s" + i + ": sessions(first: 1) { totalCount }")
                .collect(Collectors.joining(" "));
        JsonPath response = GraphQL.execute("{ " + aliases + " }", Map.of());
        assertRefused(response, "TOO_MANY_ROOT_FIELDS");
        assertEquals("An operation may have at most 20 root fields (aliases included); this one has 21",
                response.getString("errors[0].message"));
        String twenty = IntStream.range(0, 20).mapToObj(i -> "s" + i + ": sessions(first: 1) { totalCount }")
                .collect(Collectors.joining(" "));
        assertNull(GraphQL.execute("{ " + twenty + " }", Map.of()).get("errors"), "20 root fields are fine");
    }

    @Test
    void anInvalidDocumentIsRefusedWithACode() {
        assertRefused(GraphQL.execute("{ noSuchField }", Map.of()), "GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String padding = "x".repeat(70 * 1024);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.admin())
                .body("{\"query\": \"{ sessions { totalCount } }\", \"operationName\": null, \"extensions\": {\"p\": \""
                        + padding + "\"}}")
                .when().post("/graphql")
                .then().statusCode(413);
    }

    @Test
    void aBrowserOnAnUnlistedOriginIsRefused() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().statusCode(403);
    }

    private static void assertRefused(JsonPath response, String code) {
        assertEquals(code, GraphQL.errorCode(response), response::prettify);
        assertNull(response.get("data"));
    }
}
