package fr.formation.removal;

import static fr.formation.removal.RemovalQueries.input;
import static fr.formation.removal.RemovalQueries.preview;
import static fr.formation.removal.RemovalQueries.removeCompanyLearner;
import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.Scenario;
import fr.formation.testsupport.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RemovalCostTest {

    /** Issue 6's bound on a removal's statements, whatever the number of records. */
    private static final long MAX_REMOVAL_STATEMENTS = 20;

    @Inject
    Fixtures fixtures;

    @Inject
    SqlStatements statements;

    @Test
    void removingALearnerWith1000SignaturesCostsTheSameStatementsAsWith2() {
        Scenario small = fixtures.scenario(2);
        Scenario large = fixtures.scenario(2);
        fixtures.signatures(large.companyEnrollments().get(0), 998);
        assertEquals(1000, fixtures.number("select count(*) from attendance_signature where enrollment_id = "
                + large.companyEnrollments().get(0).id));

        long smallPreview = statements.count(() -> preview(sessionOf(small), learnerOf(small)));
        long largePreview = statements.count(() -> preview(sessionOf(large), learnerOf(large)));
        long smallRemoval = statements.count(() -> removeCompanyLearner(
                input("sessionId", sessionOf(small), "learnerId", learnerOf(small))));
        long largeRemoval = statements.count(() -> removeCompanyLearner(
                input("sessionId", sessionOf(large), "learnerId", learnerOf(large))));

        assertEquals(smallPreview, largePreview);
        assertEquals(smallRemoval, largeRemoval);
        assertTrue(largeRemoval <= MAX_REMOVAL_STATEMENTS, () -> largeRemoval + " statements");
        assertEquals(0, fixtures.number("select count(*) from attendance_signature where enrollment_id = "
                + large.companyEnrollments().get(0).id));
    }

    private static String sessionOf(Scenario scenario) {
        return id("TrainingSession", scenario.session().id);
    }

    private static String learnerOf(Scenario scenario) {
        return id("Learner", scenario.companyLearners().get(0).id);
    }
}
