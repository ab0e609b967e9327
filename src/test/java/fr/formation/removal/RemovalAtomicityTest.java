package fr.formation.removal;

import static fr.formation.removal.RemovalQueries.REMOVE_INDIVIDUAL_CLIENT;
import static fr.formation.removal.RemovalQueries.input;
import static fr.formation.removal.RemovalQueries.preview;
import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.DatabaseSnapshot;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RemovalAtomicityTest {

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseSnapshot database;

    @Test
    void aFailureInTheLastDeleteStepLeavesEverythingAsBefore() {
        Scenario scenario = fixtures.scenario(2);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.privateLearner().id);
        String version = preview(sessionId, learnerId).getString("version");
        long enrollment = scenario.privateEnrollment().id;
        // A test-only trigger makes the last statement of the removal, the enrollment's delete, fail.
        fixtures.sql("""
                create function fail_enrollment_delete() returns trigger language plpgsql as $$
                begin
                  if old.id = %d then raise exception 'injected failure'; end if;
                  return old;
                end $$;
                create trigger fail_enrollment_delete before delete on enrollment
                  for each row execute function fail_enrollment_delete();
                """.formatted(enrollment));
        try {
            Map<String, Map<Long, String>> before = database.take();

            JsonPath response = GraphQL.execute(REMOVE_INDIVIDUAL_CLIENT, GraphQL.vars("input", input(
                    "sessionId", sessionId, "clientId", id("Client", scenario.privateClient().id))));

            assertEquals("INTERNAL_ERROR", GraphQL.errorCode(response));
            assertEquals("Internal error", response.getString("errors[0].message"));
            assertFalse(response.prettify().contains("injected failure"), "no database message reaches the client");
            assertEquals(before, database.take());
            assertEquals(version, preview(sessionId, learnerId).getString("version"));
        } finally {
            fixtures.sql("drop trigger fail_enrollment_delete on enrollment; drop function fail_enrollment_delete()");
        }
    }
}
