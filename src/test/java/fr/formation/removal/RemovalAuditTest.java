package fr.formation.removal;

import static fr.formation.removal.RemovalQueries.input;
import static fr.formation.removal.RemovalQueries.preview;
import static fr.formation.removal.RemovalQueries.removeCompanyLearner;
import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RemovalAuditTest {

    private static final String REMOVALS = """
            query Removals($sessionId: ID, $learnerId: ID) {
              removals(first: 10, sessionId: $sessionId, learnerId: $learnerId) {
                totalCount
                edges { node {
                  id kind reason removedAt removedEnrollmentId totalDeleted
                  removedBy { subject username }
                  session { id } learner { id } client { id }
                  deleted { type count items { id label } }
                  preserved { type count }
                } }
              }
            }
            """;

    @Inject
    Fixtures fixtures;

    @Test
    void aRemovalRecordsWhoWhyAndWhatNewestFirst() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String first = id("Learner", scenario.companyLearners().get(0).id);
        String second = id("Learner", scenario.companyLearners().get(1).id);
        JsonPath preview = preview(sessionId, first);

        removeCompanyLearner(input("sessionId", sessionId, "learnerId", first, "reason", "Changed jobs"));
        removeCompanyLearner(input("sessionId", sessionId, "learnerId", second, "reason", "Sick leave"));

        JsonPath removals = GraphQL.ok(REMOVALS, GraphQL.vars("sessionId", sessionId)).setRootPath("data.removals");
        assertEquals(2, removals.getInt("totalCount"));
        assertEquals(List.of(second, first), removals.getList("edges.node.learner.id"), "newest first");
        JsonPath oldest = removals.setRootPath("data.removals.edges[1].node");
        assertEquals("Changed jobs", oldest.getString("reason"));
        assertEquals("admin-subject", oldest.getString("removedBy.subject"));
        assertEquals("alice.admin", oldest.getString("removedBy.username"));
        assertEquals("COMPANY_LEARNER", oldest.getString("kind"));
        assertEquals(id("Client", scenario.company().id), oldest.getString("client.id"));
        assertEquals(id("Enrollment", scenario.companyEnrollments().get(0).id), oldest.getString("removedEnrollmentId"));
        assertEquals(preview.getList("deletions"), oldest.getList("deleted"), "the audit record keeps what went");
        assertEquals(preview.getInt("totalDeletions"), oldest.getInt("totalDeleted"));

        JsonPath byLearner = GraphQL.ok(REMOVALS, GraphQL.vars("learnerId", first)).setRootPath("data.removals");
        assertEquals(List.of(oldest.getString("id")), byLearner.getList("edges.node.id"));
    }
}
