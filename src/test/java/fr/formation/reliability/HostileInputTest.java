package fr.formation.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.DatabaseSnapshot;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.Scenario;
import fr.formation.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * A table of bad requests, as scripts on a reachable port would send them. Each must get a 4xx or a GraphQL error
 * with a code, never a 5xx; no answer may contain a stack trace, an exception class name or SQL; and no table may
 * change.
 */
@QuarkusTest
class HostileInputTest {

    /** What must never appear in an answer. */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.", "org.hibernate", "org.postgresql",
            "io.quarkus", "io.smallrye", "io.vertx", "SQLState", "ERROR:", "Stack:", "graphql.", "select ", "SELECT ");

    private static final String[] INJECTIONS = { "'; drop table learner; --", "\" or 1=1 --", "%' or '1'='1",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "\\\\'", "_%_%", "\u0000", "../../etc/passwd",
            "1; select pg_sleep(5)" };

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseSnapshot database;

    record Bad(String name, String method, String contentType, String body) {
    }

    @Test
    void badRequestsGetAClearRefusalAndChangeNothing() {
        Scenario scenario = fixtures.scenario(2);
        List<Bad> requests = requests(scenario);
        assertTrue(requests.size() >= 200, () -> requests.size() + " requests");
        Map<String, Map<Long, String>> before = database.take();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Bad bad : requests) {
            Response response = send(bad);
            String body = response.asString();
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                failures.add(bad.name() + ": HTTP " + status + " " + body);
            } else if (status == 200 && !everyErrorHasACode(body)) {
                failures.add(bad.name() + ": an error without a code: " + body);
            } else if (status != 200 && !List.of(400, 401, 405, 413, 415).contains(status)) {
                failures.add(bad.name() + ": unexpected HTTP " + status);
            }
            LEAKS.stream().filter(body::contains).forEach(leak -> failures.add(bad.name() + ": leaks '" + leak + "': " + body));
        }
        assertEquals(List.of(), failures);
        assertEquals(before, database.take(), "no bad request changed anything");
        System.out.printf("hostile input: %d bad requests, HTTP statuses %s%n", requests.size(), statuses);
    }

    private static boolean everyErrorHasACode(String body) {
        try {
            var json = Json.createReader(new java.io.StringReader(body)).readObject();
            if (!json.containsKey("errors")) {
                return true;
            }
            return json.getJsonArray("errors").stream().allMatch(error -> error.asJsonObject().containsKey("extensions")
                    && error.asJsonObject().getJsonObject("extensions").containsKey("code"));
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static Response send(Bad bad) {
        var spec = given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Authorization", "Bearer " + Tokens.admin());
        if (bad.contentType() != null) {
            spec = spec.contentType(bad.contentType());
        }
        if (bad.body() != null) {
            // Bytes keep JSON bodies exactly as written; RestAssured can only encode forms from text.
            boolean form = bad.contentType() != null && bad.contentType().startsWith("application/x-www-form-urlencoded");
            spec = form ? spec.body(bad.body()) : spec.body(bad.body().getBytes(StandardCharsets.UTF_8));
        }
        return spec.when().request(bad.method(), "/graphql");
    }

    private static List<Bad> requests(Scenario scenario) {
        List<Bad> all = new ArrayList<>();
        String json = "application/json";
        // Malformed JSON and requests that are not GraphQL requests.
        String[] bodies = { "", " ", "{", "}", "null", "1", "\"a string\"", "[]", "[1]", "{\"query\":", "{'query':'{ a }'}",
                "{\"query\": null}", "{\"query\": 1}", "{\"query\": {}}", "{\"query\": []}", "{\"query\": true}",
                "{\"variables\": {}}", "{\"query\": \"{ sessions { totalCount } }\", \"variables\": \"x\"}",
                "{\"query\": \"{ sessions { totalCount } }\", \"variables\": 1}",
                "{\"query\": \"{ sessions { totalCount } }\", \"variables\": [1]}",
                "{\"query\": \"{ sessions { totalCount } }\", \"variables\": true}",
                "{\"query\": \"{ sessions { totalCount } }\", \"operationName\": 1}",
                "{\"query\": \"{ sessions { totalCount } }\", \"operationName\": {}}",
                "[{\"query\": \"{ sessions { totalCount } }\"}, {\"query\": \"{ learners { totalCount } }\"}]",
                "{\"query\": \"{ sessions { totalCount } }\"} trailing", "\u00ff\u00fe", "{\"query\": \"\\ud800\"}" };
        for (int i = 0; i < bodies.length; i++) {
            all.add(new Bad("body #" + i + " " + bodies[i], "POST", json, bodies[i]));
        }
        // Wrong content types and methods.
        String valid = request("{ sessions { totalCount } }", "{}");
        for (String type : new String[] { "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "text/html" }) {
            all.add(new Bad("content type " + type, "POST", type, valid));
        }
        all.add(new Bad("no content type", "POST", null, valid));
        for (String method : new String[] { "GET", "PUT", "DELETE", "PATCH" }) {
            all.add(new Bad(method, method, json, valid));
        }
        // Empty and huge bodies.
        all.add(new Bad("empty body", "POST", json, null));
        all.add(new Bad("70 KB body", "POST", json, request("{ sessions { totalCount } }", "{\"x\": \"" + "a".repeat(70_000) + "\"}")));
        all.add(new Bad("1 MB search", "POST", json, request("query($s: String) { learners(search: $s) { totalCount } }",
                "{\"s\": \"" + "a".repeat(1_000_000) + "\"}")));
        // Unknown fields and operations, syntax errors, several operations.
        for (String document : new String[] { "{ nope }", "{ sessions { nope } }", "mutation { nope }",
                "subscription { sessions { totalCount } }", "{ __typename @nope }", "{ sessions(nope: 1) { totalCount } }",
                "query A { sessions { totalCount } } query B { learners { totalCount } }",
                "query A { sessions { totalCount } } query A { learners { totalCount } }",
                "{ ...F }", "fragment F on Query { sessions { totalCount } }", "{ sessions { ...F } } fragment F on Nope { x }",
                "{", "}", "{ sessions(first: ) { totalCount } }", "query query", "{ sessions(first: 1 { totalCount } }",
                "{ sessions { totalCount } } }", "\"\"\"", "{ sessions(filter: {search: \"unterminated }) { totalCount } }",
                "{ \u0001 }", "query($x: Nope) { sessions { totalCount } }", "query($x: Int) { sessions(first: $y) { totalCount } }",
                "{ node(id: 1) { id } }", "{ removalPreview { version } }", "mutation { removeCompanyLearner { userErrors { code } } }",
                "{ sessions { edges { node { dates } } } }", "{ learner(id: \"x\") }" }) {
            all.add(new Bad("document " + document, "POST", json, request(document, "{}")));
        }
        all.add(new Bad("unknown operationName", "POST", json,
                "{\"query\": \"query A { sessions { totalCount } }\", \"operationName\": \"B\"}"));
        all.add(new Bad("two operations, no operationName", "POST", json,
                "{\"query\": \"query A { sessions { totalCount } } query B { sessions { totalCount } }\"}"));
        all.add(new Bad("100,000 tokens", "POST", json, request("{ " + "a ".repeat(30_000) + "}", "{}")));
        // Malformed, foreign and huge ids, for every operation that takes one.
        String session = Fixtures.id("TrainingSession", scenario.session().id);
        String learner = Fixtures.id("Learner", scenario.companyLearners().get(0).id);
        List<String> badIds = List.of("", " ", "%%%", "x".repeat(10_000), b64("Nope:1"), b64("Learner:abc"),
                b64("Learner:-1"), b64("Learner:0"), b64("Learner"), b64(":1"), b64("Learner:99999999999999999999"),
                b64("Learner:1e3"), b64("Learner: 1"), b64("TrainingSession:1:2"), "VHJhaW5pbmdTZXNzaW9uOjE=====",
                b64("Client:" + scenario.company().id), b64("Removal:1") + "x");
        for (String id : badIds) {
            String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
            all.add(new Bad("node id " + shown, "POST", json, request("query($id: ID!) { node(id: $id) { id } }", vars("id", id))));
            all.add(new Bad("session id " + shown, "POST", json, request("query($id: ID!) { session(id: $id) { id } }", vars("id", id))));
            all.add(new Bad("learner id " + shown, "POST", json, request("query($id: ID!) { learner(id: $id) { id } }", vars("id", id))));
            all.add(new Bad("preview learner id " + shown, "POST", json, request(
                    "query($s: ID!, $l: ID!) { removalPreview(sessionId: $s, learnerId: $l) { version } }",
                    "{\"s\": " + quote(session) + ", \"l\": " + quote(id) + "}")));
            all.add(new Bad("remove learner id " + shown, "POST", json, request(
                    "mutation($i: RemoveCompanyLearnerInput!) { removeCompanyLearner(input: $i) { userErrors { code } } }",
                    "{\"i\": {\"sessionId\": " + quote(id) + ", \"learnerId\": " + quote(learner) + "}}")));
            all.add(new Bad("remove client id " + shown, "POST", json, request(
                    "mutation($i: RemoveIndividualClientInput!) { removeIndividualClient(input: $i) { userErrors { code } } }",
                    "{\"i\": {\"sessionId\": " + quote(session) + ", \"clientId\": " + quote(id) + "}}")));
        }
        // Injection strings in search and reason.
        for (String injection : INJECTIONS) {
            all.add(new Bad("learners search " + injection, "POST", json,
                    request("query($s: String) { learners(search: $s) { totalCount } }", vars("s", injection))));
            all.add(new Bad("sessions search " + injection, "POST", json, request(
                    "query($s: String) { sessions(filter: {search: $s}) { totalCount } }", vars("s", injection))));
            all.add(new Bad("reason " + injection, "POST", json, request(
                    "mutation($i: RemoveCompanyLearnerInput!) { removeCompanyLearner(input: $i) { userErrors { code } } }",
                    "{\"i\": {\"sessionId\": " + quote(session) + ", \"learnerId\": " + quote(b64("Learner:999999999"))
                            + ", \"reason\": " + quote(injection) + "}}")));
            all.add(new Bad("cursor " + injection, "POST", json,
                    request("query($a: String) { sessions(after: $a) { totalCount } }", vars("a", injection))));
        }
        // Wrong variable types and out-of-range numbers.
        for (String value : new String[] { "\"abc\"", "1.5", "true", "{}", "[]", "-1", "-2147483648", "2147483647",
                "2147483648", "1e10", "99999999999999999999999", "null" }) {
            all.add(new Bad("first = " + value, "POST", json,
                    request("query($f: Int) { sessions(first: $f) { totalCount } }", "{\"f\": " + value + "}")));
        }
        for (String literal : new String[] { "-1", "101", "1.5", "\"1\"", "2147483648", "99999999999999999999999",
                "1e999999999", "-1e999999999", "1" + "0".repeat(5000), "0x10", "1_000" }) {
            all.add(new Bad("first literal " + literal, "POST", json,
                    request("{ sessions(first: " + literal + ") { totalCount } }", "{}")));
        }
        for (String filter : new String[] { "\"x\"", "{\"search\": 1}", "{\"startsOnOrAfter\": \"not a date\"}",
                "{\"startsOnOrAfter\": \"2027-02-30\"}", "{\"startsOnOrBefore\": 20270101}", "{\"nope\": 1}",
                "{\"search\": \"" + "x".repeat(101) + "\"}" }) {
            all.add(new Bad("filter " + filter, "POST", json,
                    request("query($f: SessionFilter) { sessions(filter: $f) { totalCount } }", "{\"f\": " + filter + "}")));
        }
        for (String input : new String[] { "{}", "{\"sessionId\": \"" + session + "\"}", "null", "\"x\"",
                "{\"sessionId\": 1, \"learnerId\": 2}", "{\"sessionId\": \"" + session + "\", \"learnerId\": \"" + learner
                        + "\", \"nope\": 1}",
                "{\"sessionId\": \"" + session + "\", \"learnerId\": \"" + learner + "\", \"reason\": \"" + "r".repeat(1001) + "\", \"expectedVersion\": \"x\"}" }) {
            all.add(new Bad("input " + input, "POST", json, request(
                    "mutation($i: RemoveCompanyLearnerInput!) { removeCompanyLearner(input: $i) { userErrors { code } } }",
                    "{\"i\": " + input + "}")));
        }
        // Invalid cursors.
        for (String cursor : new String[] { "", "!!!", b64("cursor:learners:1"), b64("cursor:sessions:x"),
                b64("cursor:sessions:-5"), "x".repeat(5000), b64("TrainingSession:1") }) {
            all.add(new Bad("cursor " + cursor.substring(0, Math.min(30, cursor.length())), "POST", json,
                    request("query($a: String) { sessions(first: 2, after: $a) { totalCount } }", vars("a", cursor))));
        }
        // Depth, aliases, many operations.
        all.add(new Bad("depth 40", "POST", json, request("{ sessions { edges { node { "
                + "enrollments { learner { enrollments { session { ".repeat(9) + "name" + " } } } }".repeat(9)
                + " } } } }", "{}")));
        all.add(new Bad("5,000 root aliases", "POST", json, request("{ " + IntStream.range(0, 5000)
                .mapToObj(i -> "a" + i + ": __typename").collect(Collectors.joining(" ")) + " }", "{}")));
        all.add(new Bad("3,000 nested aliases", "POST", json, request("{ sessions { edges { node { " + IntStream.range(0, 3000)
                .mapToObj(i -> "a" + i + ": name").collect(Collectors.joining(" ")) + " } } } }", "{}")));
        all.add(new Bad("500 operations", "POST", json, request(IntStream.range(0, 500)
                .mapToObj(i -> "query Q" + i + " { __typename }").collect(Collectors.joining(" ")), "{}")));
        all.add(new Bad("fragment cycle", "POST", json, request(
                "{ sessions { ...A } } fragment A on TrainingSessionConnection { ...B } fragment B on TrainingSessionConnection { ...A }", "{}")));
        return all;
    }

    private static String request(String query, String variablesJson) {
        return "{\"query\": " + quote(query) + ", \"variables\": " + variablesJson + "}";
    }

    private static String vars(String name, String value) {
        return "{" + quote(name) + ": " + quote(value) + "}";
    }

    private static String quote(String text) {
        return Json.createValue(text).toString();
    }

    private static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
