package fr.formation.removal;

import static fr.formation.removal.RemovalQueries.input;
import static fr.formation.removal.RemovalQueries.preview;
import static fr.formation.removal.RemovalQueries.removeIndividualClient;
import static fr.formation.removal.RemovalQueries.rowsOf;
import static fr.formation.removal.RemoveCompanyLearnerTest.assertRefused;
import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.client.ClientEntity;
import fr.formation.learner.LearnerEntity;
import fr.formation.session.EnrollmentEntity;
import fr.formation.testsupport.DatabaseSnapshot;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RemoveIndividualClientTest {

    private static final List<String> INDIVIDUAL_TYPES = List.of("QUOTE", "CRM_OPPORTUNITY", "TRAINING_CONTRACT",
            "COURSE_START_NOTICE", "PORTAL_ACCESS", "ELEARNING_ACCESS", "ATTENDANCE_SIGNATURE", "EVALUATION",
            "CERTIFICATE_OF_ATTENDANCE", "CERTIFICATE_OF_ACHIEVEMENT", "DIPLOMA", "INVOICE");

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseSnapshot database;

    @Test
    void removingPrivateIndividualDeletesExactlyTheirRecordsOfThisSession() {
        Scenario scenario = fixtures.scenario(2);
        assertRemovesExactlyThePreview(scenario, scenario.privateLearner(), scenario.privateClient(),
                scenario.privateEnrollment());
    }

    @Test
    void removingSelfEmployedClientDeletesExactlyTheirRecordsOfThisSession() {
        Scenario scenario = fixtures.scenario(2);
        assertRemovesExactlyThePreview(scenario, scenario.selfEmployedLearner(), scenario.selfEmployedClient(),
                scenario.selfEmployedEnrollment());
    }

    private void assertRemovesExactlyThePreview(Scenario scenario, LearnerEntity learner, ClientEntity client,
            EnrollmentEntity enrollment) {
        String sessionId = id("TrainingSession", scenario.session().id);
        String clientId = id("Client", client.id);
        JsonPath preview = preview(sessionId, id("Learner", learner.id));
        assertEquals("INDIVIDUAL_CLIENT", preview.getString("kind"));
        assertEquals(clientId, preview.getString("client.id"));
        assertEquals(INDIVIDUAL_TYPES, preview.getList("deletions.type"));
        preview.getList("deletions.count", Integer.class).forEach(count -> assertTrue(count >= 1));
        assertEquals(List.of("EMAIL"), preview.getList("preserved.type"));
        assertEquals(List.of(2), preview.getList("preserved.count"));
        Map<String, Map<Long, String>> before = database.take();

        JsonPath payload = removeIndividualClient(input("sessionId", sessionId, "clientId", clientId,
                "expectedVersion", preview.getString("version"), "clientMutationId", "m-7"));

        assertEquals(List.of(), payload.getList("userErrors"));
        assertEquals("m-7", payload.getString("clientMutationId"));
        assertEquals("INDIVIDUAL_CLIENT", payload.getString("removal.kind"));
        assertEquals(preview.getList("deletions"), payload.getList("removal.deleted"));
        assertEquals(preview.getList("preserved"), payload.getList("removal.preserved"));

        Map<String, Set<Long>> deleted = new HashMap<>(rowsOf(preview.getList("deletions")));
        deleted.put("enrollment", Set.of(enrollment.id));
        Map<String, Map<Long, String>> expected = DatabaseSnapshot.without(before, deleted);
        Map<String, Map<Long, String>> after = database.take();
        expected.remove("removal");
        after.remove("removal");
        assertEquals(expected, after);

        // The client and the learner stay, reachable by id.
        JsonPath node = GraphQL.ok("""
                query Node($id: ID!) { node(id: $id) { id ... on Client { kind learner { id } } } }
                """, GraphQL.vars("id", clientId)).setRootPath("data.node");
        assertEquals(clientId, node.getString("id"));
        assertEquals(id("Learner", learner.id), node.getString("learner.id"));
    }

    @Test
    void removeIndividualClientRefusesACompany() {
        Scenario scenario = fixtures.scenario(2);
        Map<String, Map<Long, String>> before = database.take();

        JsonPath payload = removeIndividualClient(input("sessionId", id("TrainingSession", scenario.session().id),
                "clientId", id("Client", scenario.company().id)));

        assertRefused(payload, "WRONG_CLIENT_KIND", List.of("input", "clientId"));
        assertTrue(payload.getString("userErrors[0].message").contains("removeCompanyLearner"));
        assertEquals(before, database.take());
    }

    @Test
    void removeIndividualClientRefusesUnknownSessionClientAndEnrollment() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String clientId = id("Client", scenario.privateClient().id);
        LearnerEntity outsider = fixtures.learner("Anna", "Legrand");
        String outsiderClient = id("Client", fixtures.individual(outsider,
                fr.formation.client.ClientKind.PRIVATE_INDIVIDUAL).id);
        Map<String, Map<Long, String>> before = database.take();

        assertRefused(removeIndividualClient(input("sessionId", id("TrainingSession", Long.MAX_VALUE), "clientId", clientId)),
                "SESSION_NOT_FOUND", List.of("input", "sessionId"));
        assertRefused(removeIndividualClient(input("sessionId", sessionId, "clientId", id("Client", Long.MAX_VALUE))),
                "CLIENT_NOT_FOUND", List.of("input", "clientId"));
        assertRefused(removeIndividualClient(input("sessionId", sessionId, "clientId", outsiderClient)),
                "NOT_ENROLLED", List.of("input", "clientId"));
        assertRefused(removeIndividualClient(input("sessionId", sessionId, "clientId", "Q2xpZW50Om5vcGU")),
                "INVALID_INPUT", List.of("input", "clientId"));
        assertEquals(before, database.take());
    }

    @Test
    void removeIndividualClientRefusesAStalePreviewWhenAnInvoiceIsIssued() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String version = preview(sessionId, id("Learner", scenario.privateLearner().id)).getString("version");
        fixtures.sql("update invoice set status = 'ISSUED', issued_on = date '2026-12-01' where status = 'DRAFT' "
                + "and client_id = " + scenario.privateClient().id + " and session_id = " + scenario.session().id);
        Map<String, Map<Long, String>> before = database.take();

        assertRefused(removeIndividualClient(input("sessionId", sessionId, "clientId",
                id("Client", scenario.privateClient().id), "expectedVersion", version)),
                "STALE_PREVIEW", List.of("input", "expectedVersion"));
        assertEquals(before, database.take());
    }
}
