package fr.formation.removal;

import static fr.formation.removal.RemovalQueries.input;
import static fr.formation.removal.RemovalQueries.preview;
import static fr.formation.removal.RemovalQueries.removeCompanyLearner;
import static fr.formation.removal.RemovalQueries.rowsOf;
import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.DatabaseSnapshot;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RemoveCompanyLearnerTest {

    private static final List<String> COMPANY_TYPES = List.of("COURSE_START_NOTICE", "PORTAL_ACCESS",
            "ELEARNING_ACCESS", "ATTENDANCE_SIGNATURE", "EVALUATION", "CERTIFICATE_OF_ATTENDANCE",
            "CERTIFICATE_OF_ACHIEVEMENT", "DIPLOMA");

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseSnapshot database;

    @Test
    void removingCompanyLearnerDeletesExactlyTheirRecordsOfThisSession() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.companyLearners().get(0).id);
        JsonPath preview = preview(sessionId, learnerId);
        assertEquals("COMPANY_LEARNER", preview.getString("kind"));
        assertEquals(COMPANY_TYPES, preview.getList("deletions.type"));
        preview.getList("deletions.count", Integer.class).forEach(count -> assertTrue(count >= 1));
        Map<String, Map<Long, String>> before = database.take();

        JsonPath payload = removeCompanyLearner(input("sessionId", sessionId, "learnerId", learnerId,
                "expectedVersion", preview.getString("version"), "reason", "Left the company", "clientMutationId", "c-1"));

        assertEquals(List.of(), payload.getList("userErrors"));
        assertEquals("c-1", payload.getString("clientMutationId"));
        assertEquals("COMPANY_LEARNER", payload.getString("removal.kind"));
        assertEquals("Left the company", payload.getString("removal.reason"));
        assertEquals(id("Enrollment", scenario.companyEnrollments().get(0).id),
                payload.getString("removal.removedEnrollmentId"));
        // Preview equals result: same types, counts and ids, in the same order.
        assertEquals(preview.getList("deletions"), payload.getList("removal.deleted"));
        assertEquals(preview.getInt("totalDeletions"), payload.getInt("removal.totalDeleted"));

        // Exactly the previewed rows and the enrollment are gone; every other row of every table is unchanged:
        // colleagues, the company's quote, agreement and invoices, the other session, the emails.
        Map<String, Set<Long>> deleted = new HashMap<>(rowsOf(preview.getList("deletions")));
        deleted.put("enrollment", Set.of(scenario.companyEnrollments().get(0).id));
        Map<String, Map<Long, String>> expected = DatabaseSnapshot.without(before, deleted);
        Map<String, Map<Long, String>> after = database.take();
        expected.remove("removal");
        after.remove("removal");
        assertEquals(expected, after);
    }

    @Test
    void removedCompanyLearnerKeepsTheirRecordAndEmailHistory() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.companyLearners().get(0).id);

        removeCompanyLearner(input("sessionId", sessionId, "learnerId", learnerId));

        JsonPath learner = GraphQL.ok("""
                query Learner($id: ID!) {
                  learner(id: $id) { lastName enrollments { session { id } } emailHistory { subject session { id } } }
                }
                """, GraphQL.vars("id", learnerId)).setRootPath("data.learner");
        assertEquals("Bernard", learner.getString("lastName"));
        assertEquals(List.of(id("TrainingSession", scenario.otherSession().id)),
                learner.getList("enrollments.session.id"));
        assertEquals(2, learner.getList("emailHistory").size());
        assertEquals(sessionId, learner.getString("emailHistory[0].session.id"), "the email keeps its session");

        JsonPath session = GraphQL.ok("""
                query Session($id: ID!) { session(id: $id) { enrollments { learner { id } } clients { id } } }
                """, GraphQL.vars("id", sessionId)).setRootPath("data.session");
        List<String> enrolled = session.getList("enrollments.learner.id");
        assertEquals(4, enrolled.size());
        assertTrue(!enrolled.contains(learnerId));
        assertTrue(session.getList("clients.id").contains(id("Client", scenario.company().id)),
                "the company still has learners in the session");
    }

    @Test
    void removeCompanyLearnerRefusesAnIndividualClient() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.privateLearner().id);
        Map<String, Map<Long, String>> before = database.take();

        JsonPath payload = removeCompanyLearner(input("sessionId", sessionId, "learnerId", learnerId));

        assertRefused(payload, "WRONG_CLIENT_KIND", List.of("input", "learnerId"));
        assertTrue(payload.getString("userErrors[0].message").contains("removeIndividualClient"));
        assertEquals(before, database.take());
    }

    @Test
    void removeCompanyLearnerRefusesUnknownSessionLearnerAndEnrollment() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.companyLearners().get(0).id);
        String outsider = id("Learner", fixtures.learner("Paul", "Gauthier").id);
        Map<String, Map<Long, String>> before = database.take();

        assertRefused(removeCompanyLearner(input("sessionId", id("TrainingSession", Long.MAX_VALUE), "learnerId", learnerId)),
                "SESSION_NOT_FOUND", List.of("input", "sessionId"));
        assertRefused(removeCompanyLearner(input("sessionId", sessionId, "learnerId", id("Learner", Long.MAX_VALUE))),
                "LEARNER_NOT_FOUND", List.of("input", "learnerId"));
        assertRefused(removeCompanyLearner(input("sessionId", sessionId, "learnerId", outsider)),
                "NOT_ENROLLED", List.of("input", "learnerId"));
        assertEquals(before, database.take());
    }

    @Test
    void removeCompanyLearnerRefusesMalformedInput() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.companyLearners().get(0).id);
        Map<String, Map<Long, String>> before = database.take();

        assertRefused(removeCompanyLearner(input("sessionId", "not an id", "learnerId", learnerId)),
                "INVALID_INPUT", List.of("input", "sessionId"));
        assertRefused(removeCompanyLearner(input("sessionId", sessionId, "learnerId", sessionId)),
                "INVALID_INPUT", List.of("input", "learnerId"));
        assertRefused(removeCompanyLearner(input("sessionId", sessionId, "learnerId", learnerId,
                "reason", "x".repeat(RemovalService.MAX_REASON_LENGTH + 1))), "INVALID_INPUT", List.of("input", "reason"));
        assertEquals(before, database.take());
    }

    @Test
    void removeCompanyLearnerRefusesAStalePreview() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.companyLearners().get(0).id);
        String version = preview(sessionId, learnerId).getString("version");
        fixtures.signatures(scenario.companyEnrollments().get(0), 3);
        String changed = preview(sessionId, learnerId).getString("version");
        assertNotEquals(version, changed, "a signature added changes the version");
        Map<String, Map<Long, String>> before = database.take();

        assertRefused(removeCompanyLearner(input("sessionId", sessionId, "learnerId", learnerId,
                "expectedVersion", version)), "STALE_PREVIEW", List.of("input", "expectedVersion"));

        assertEquals(before, database.take());
        assertEquals(changed, preview(sessionId, learnerId).getString("version"));
    }

    static void assertRefused(JsonPath payload, String code, List<String> field) {
        assertNull(payload.get("removal"), "a refused removal returns no removal");
        assertEquals(1, payload.getList("userErrors").size(), () -> payload.prettify());
        assertEquals(code, payload.getString("userErrors[0].code"));
        assertEquals(field, payload.getList("userErrors[0].field"));
    }
}
