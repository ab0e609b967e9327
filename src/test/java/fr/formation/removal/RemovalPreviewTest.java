package fr.formation.removal;

import static fr.formation.removal.RemovalQueries.PREVIEW;
import static fr.formation.removal.RemovalQueries.preview;
import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.client.ClientEntity;
import fr.formation.learner.LearnerEntity;
import fr.formation.session.TrainingSessionEntity;
import fr.formation.testsupport.DatabaseSnapshot;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RemovalPreviewTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseSnapshot database;

    @Test
    void previewListsEveryTypeOfItsKindWithCountZeroAndChangesNothing() {
        TrainingSessionEntity session = fixtures.session(Fixtures.unique("Excel"), LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 4));
        ClientEntity company = fixtures.company(Fixtures.unique("Acme"));
        LearnerEntity learner = fixtures.learner("Noah", "Morin");
        fixtures.enroll(session, learner, company);
        Map<String, Map<Long, String>> before = database.take();

        JsonPath preview = preview(id("TrainingSession", session.id), id("Learner", learner.id));

        assertEquals(List.of("COURSE_START_NOTICE", "PORTAL_ACCESS", "ELEARNING_ACCESS", "ATTENDANCE_SIGNATURE",
                "EVALUATION", "CERTIFICATE_OF_ATTENDANCE", "CERTIFICATE_OF_ACHIEVEMENT", "DIPLOMA"),
                preview.getList("deletions.type"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0), preview.getList("deletions.count"));
        assertEquals(0, preview.getInt("totalDeletions"));
        assertEquals(List.of("QUOTE", "CRM_OPPORTUNITY", "TRAINING_CONTRACT", "INVOICE", "EMAIL"),
                preview.getList("preserved.type"));
        assertEquals(List.of(), preview.getList("warnings"));
        assertEquals(before, database.take());
    }

    @Test
    void previewNamesTheRecordsAndWarnsAboutIssuedInvoicesAndPastSignatures() {
        Scenario scenario = fixtures.scenario(4);
        JsonPath preview = preview(id("TrainingSession", scenario.session().id), id("Learner", scenario.privateLearner().id));

        assertEquals(17, preview.getInt("totalDeletions"), "4 signatures + 8 other learner records + 5 documents");
        assertEquals(List.of("Attendance signature – 2026-11-30 AM", "Attendance signature – 2026-11-30 PM",
                "Attendance signature – 2026-12-01 AM", "Attendance signature – 2026-12-01 PM"),
                preview.getList("deletions.find { it.type == 'ATTENDANCE_SIGNATURE' }.items.label"));
        assertTrue(preview.getString("deletions.find { it.type == 'CERTIFICATE_OF_ACHIEVEMENT' }.items[0].label")
                .startsWith("Certificate of achievement – " + scenario.session().name + ", 2026-11-20"));
        List<String> codes = preview.getList("warnings.code");
        assertEquals(List.of("INVOICE_ALREADY_ISSUED", "ATTENDANCE_ALREADY_SIGNED", "EVALUATION_ALREADY_SUBMITTED"),
                codes);
        assertTrue(preview.getString("warnings[0].message").contains("10 years"));
    }

    @Test
    void companyLearnerPreviewDoesNotWarnAboutTheCompanysInvoices() {
        Scenario scenario = fixtures.scenario(2);
        JsonPath preview = preview(id("TrainingSession", scenario.session().id),
                id("Learner", scenario.companyLearners().get(1).id));
        assertTrue(!preview.getList("warnings.code").contains("INVOICE_ALREADY_ISSUED"));
        assertEquals(2, preview.getInt("preserved.find { it.type == 'INVOICE' }.count"), "the company's invoices stay");
    }

    @Test
    void previewVersionChangesWhenACertificateIsDelivered() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.companyLearners().get(2).id);
        String version = preview(sessionId, learnerId).getString("version");
        assertEquals(version, preview(sessionId, learnerId).getString("version"), "stable while nothing changes");

        fixtures.sql("update certificate set delivered_at = now() where enrollment_id = "
                + scenario.companyEnrollments().get(2).id);

        JsonPath changed = preview(sessionId, learnerId);
        assertNotEquals(version, changed.getString("version"));
        assertTrue(changed.getList("warnings.code").contains("CERTIFICATE_ALREADY_DELIVERED"));
    }

    @Test
    void previewFailsWithACodeWhenItCannotApply() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.companyLearners().get(0).id);
        String outsider = id("Learner", fixtures.learner("Eva", "Clément").id);

        assertEquals("SESSION_NOT_FOUND", previewError(id("TrainingSession", 999_999_999L), learnerId));
        assertEquals("LEARNER_NOT_FOUND", previewError(sessionId, id("Learner", 999_999_999L)));
        assertEquals("NOT_ENROLLED", previewError(sessionId, outsider));
        assertEquals("INVALID_ID", previewError(sessionId, "%%%"));
        assertEquals("INVALID_ID", previewError(learnerId, learnerId));
    }

    private static String previewError(String sessionId, String learnerId) {
        JsonPath response = GraphQL.execute(PREVIEW, GraphQL.vars("sessionId", sessionId, "learnerId", learnerId));
        assertNull(response.get("data"), "no partial data");
        return GraphQL.errorCode(response);
    }
}
