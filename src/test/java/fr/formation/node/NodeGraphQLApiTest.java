package fr.formation.node;

import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.learner.EmailMessageEntity;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class NodeGraphQLApiTest {

    private static final String NODE = "query Node($id: ID!) { node(id: $id) { __typename id } }";

    @Inject
    Fixtures fixtures;

    @Test
    void nodeFetchesEveryNodeType() {
        Scenario scenario = fixtures.scenario(2);
        EmailMessageEntity email = fixtures.email(scenario.privateLearner(), scenario.privateClient(), null, "Hello",
                Fixtures.SENT);
        String removalId = GraphQL.ok("""
                mutation R($input: RemoveCompanyLearnerInput!) { removeCompanyLearner(input: $input) { removal { id } } }
                """, GraphQL.vars("input", Map.of("sessionId", id("TrainingSession", scenario.session().id),
                "learnerId", id("Learner", scenario.companyLearners().get(2).id))))
                .getString("removeCompanyLearner.removal.id");

        Map<String, String> ids = Map.of(
                "TrainingSession", id("TrainingSession", scenario.session().id),
                "Enrollment", id("Enrollment", scenario.companyEnrollments().get(0).id),
                "Learner", id("Learner", scenario.privateLearner().id),
                "Client", id("Client", scenario.company().id),
                "EmailMessage", id("EmailMessage", email.id),
                "Removal", removalId);
        ids.forEach((type, id) -> {
            JsonPath node = GraphQL.ok(NODE, GraphQL.vars("id", id)).setRootPath("data.node");
            assertEquals(type, node.getString("__typename"));
            assertEquals(id, node.getString("id"));
        });
    }

    @Test
    void nodeOfAMissingObjectIsNull() {
        assertNull(GraphQL.ok(NODE, GraphQL.vars("id", id("Learner", 999_999_999L))).get("data.node"));
    }

    @Test
    void malformedIdsAreRefusedNamingTheArgument() {
        for (String bad : new String[] { "", "%%%", "x".repeat(500), encode("Nope:1"), encode("Learner:abc"),
                encode("Learner:-1"), encode("Learner"), encode(":1"), encode("Learner:99999999999999999999") }) {
            JsonPath response = GraphQL.execute(NODE, GraphQL.vars("id", bad));
            assertEquals("INVALID_ID", GraphQL.errorCode(response), bad);
            assertEquals("Argument 'id' is ", response.getString("errors[0].message").substring(0, 17));
            assertNull(response.get("data.node"));
        }
    }

    @Test
    void anIdOfAnotherTypeIsRefused() {
        String learnerId = id("Learner", fixtures.learner("Jade", "Morel").id);
        JsonPath response = GraphQL.execute("query S($id: ID!) { session(id: $id) { id } }", GraphQL.vars("id", learnerId));
        assertEquals("INVALID_ID", GraphQL.errorCode(response));
        assertEquals("Argument 'id' is not the id of a TrainingSession", response.getString("errors[0].message"));
        assertFalse(response.prettify().contains("Exception"));
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
