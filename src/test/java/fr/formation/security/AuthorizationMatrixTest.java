package fr.formation.security;

import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.formation.learner.EmailMessageEntity;
import fr.formation.testsupport.DatabaseSnapshot;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Scenario;
import fr.formation.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every operation and personal-data field × every kind of caller: no token, expired, wrong signature, wrong issuer,
 * wrong audience, viewer, admin. Each refusal is checked for its code, for returning nothing, and for changing nothing.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseSnapshot database;

    private Scenario scenario;
    private String emailId;
    private String removalId;
    private String email;

    /** Operation name → (document, variables). */
    private final Map<String, Request> viewerOperations = new LinkedHashMap<>();
    private final Map<String, Request> adminOperations = new LinkedHashMap<>();

    record Request(String document, Map<String, Object> variables) {
    }

    @BeforeEach
    void operations() {
        scenario = fixtures.scenario(2);
        EmailMessageEntity message = fixtures.email(scenario.privateLearner(), scenario.privateClient(), null,
                "Personal subject", Fixtures.SENT);
        emailId = id("EmailMessage", message.id);
        email = scenario.privateLearner().email;
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.privateLearner().id);
        removalId = GraphQL.ok("""
                mutation R($input: RemoveCompanyLearnerInput!) { removeCompanyLearner(input: $input) { removal { id } } }
                """, GraphQL.vars("input", Map.of("sessionId", sessionId,
                "learnerId", id("Learner", scenario.companyLearners().get(2).id))))
                .getString("removeCompanyLearner.removal.id");

        viewerOperations.put("sessions", new Request("""
                query($s: SessionFilter) { sessions(first: 5, filter: $s) { totalCount edges { node { name
                  dates { date } enrollments { learner { firstName lastName } client { name kind learner { lastName } } }
                  clients { name } } } } }
                """, GraphQL.vars("s", Map.of("search", scenario.session().name))));
        viewerOperations.put("session", new Request("query($id: ID!) { session(id: $id) { name } }",
                GraphQL.vars("id", sessionId)));
        viewerOperations.put("learners", new Request("query { learners(first: 5) { totalCount edges { node { lastName } } } }",
                Map.of()));
        viewerOperations.put("learner", new Request("query($id: ID!) { learner(id: $id) { firstName lastName } }",
                GraphQL.vars("id", learnerId)));
        viewerOperations.put("node(Learner)", new Request("query($id: ID!) { node(id: $id) { id } }",
                GraphQL.vars("id", learnerId)));

        adminOperations.put("learner.email", new Request("query($id: ID!) { learner(id: $id) { email } }",
                GraphQL.vars("id", learnerId)));
        adminOperations.put("learner.emailHistory", new Request(
                "query($id: ID!) { learner(id: $id) { emailHistory { subject } } }", GraphQL.vars("id", learnerId)));
        adminOperations.put("learners.email", new Request("query { learners(first: 100) { edges { node { email } } } }",
                Map.of()));
        adminOperations.put("node(EmailMessage)", new Request(
                "query($id: ID!) { node(id: $id) { id ... on EmailMessage { subject } } }", GraphQL.vars("id", emailId)));
        adminOperations.put("node(Removal)", new Request(
                "query($id: ID!) { node(id: $id) { id ... on Removal { reason } } }", GraphQL.vars("id", removalId)));
        adminOperations.put("removals", new Request("query { removals(first: 5) { totalCount edges { node { id } } } }",
                Map.of()));
        adminOperations.put("removalPreview", new Request("""
                query($s: ID!, $l: ID!) { removalPreview(sessionId: $s, learnerId: $l) { version totalDeletions } }
                """, GraphQL.vars("s", sessionId, "l", learnerId)));
        adminOperations.put("removeCompanyLearner", new Request("""
                mutation($input: RemoveCompanyLearnerInput!) { removeCompanyLearner(input: $input) { removal { id } } }
                """, GraphQL.vars("input", Map.of("sessionId", sessionId,
                "learnerId", id("Learner", scenario.companyLearners().get(0).id)))));
        adminOperations.put("removeIndividualClient", new Request("""
                mutation($input: RemoveIndividualClientInput!) { removeIndividualClient(input: $input) { removal { id } } }
                """, GraphQL.vars("input", Map.of("sessionId", sessionId,
                "clientId", id("Client", scenario.privateClient().id)))));
    }

    @Test
    void withoutAValidTokenNothingAnswersAndNothingChanges() {
        Map<String, Supplier<String>> badTokens = new LinkedHashMap<>();
        badTokens.put("no token", () -> null);
        badTokens.put("expired", Tokens::expired);
        badTokens.put("wrong signature", Tokens::wrongSignature);
        badTokens.put("wrong issuer", Tokens::wrongIssuer);
        badTokens.put("wrong audience", Tokens::wrongAudience);
        Map<String, Map<Long, String>> before = database.take();
        for (var token : badTokens.entrySet()) {
            for (var operation : all().entrySet()) {
                Response response = GraphQL.send(token.getValue().get(), operation.getValue().document(),
                        operation.getValue().variables());
                String where = operation.getKey() + " with " + token.getKey();
                assertEquals(401, response.statusCode(), where);
                assertFalse(response.asString().contains("\"data\""), where);
            }
        }
        assertEquals(before, database.take());
        // Introspection needs a token too.
        assertEquals(401, GraphQL.send(null, "{ __schema { types { name } } }", Map.of()).statusCode());
    }

    @Test
    void aViewerSeesSessionsAndLearnersButNoPersonalDataAndCannotRemove() {
        Map<String, Map<Long, String>> before = database.take();
        for (var operation : viewerOperations.entrySet()) {
            JsonPath response = send(Tokens.viewer(), operation.getValue());
            assertNull(response.get("errors"), () -> operation.getKey() + ": " + response.prettify());
        }
        for (var operation : adminOperations.entrySet()) {
            Response http = GraphQL.send(Tokens.viewer(), operation.getValue().document(), operation.getValue().variables());
            assertEquals(200, http.statusCode());
            JsonPath response = http.jsonPath();
            assertEquals("FORBIDDEN", GraphQL.errorCode(response), operation.getKey());
            Map<String, Object> data = response.getMap("data");
            if (data != null) {
                data.forEach((field, value) -> assertNull(value, operation.getKey() + " returned " + field));
            }
            String body = http.asString();
            assertFalse(body.contains(email) || body.contains("Personal subject"), operation.getKey());
        }
        assertEquals(before, database.take(), "a viewer's removals change nothing");
    }

    @Test
    void anAdminMayDoEverything() {
        for (var operation : all().entrySet()) {
            JsonPath response = send(Tokens.admin(), operation.getValue());
            assertNull(response.get("errors"), () -> operation.getKey() + ": " + response.prettify());
        }
    }

    private Map<String, Request> all() {
        Map<String, Request> all = new LinkedHashMap<>(viewerOperations);
        all.putAll(adminOperations);
        return all;
    }

    private static JsonPath send(String token, Request request) {
        return GraphQL.send(token, request.document(), request.variables()).then().statusCode(200).extract().jsonPath();
    }
}
