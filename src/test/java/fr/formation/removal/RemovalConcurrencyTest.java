package fr.formation.removal;

import static fr.formation.removal.RemovalQueries.input;
import static fr.formation.removal.RemovalQueries.removeCompanyLearner;
import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RemovalConcurrencyTest {

    private static final int THREADS = 8;

    @Inject
    Fixtures fixtures;

    @Test
    void simultaneousRemovalsOfTheSameLearnerRemoveItOnce() throws Exception {
        Scenario scenario = fixtures.scenario(20);
        String sessionId = id("TrainingSession", scenario.session().id);
        String learnerId = id("Learner", scenario.companyLearners().get(0).id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<JsonPath>> results = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return removeCompanyLearner(input("sessionId", sessionId, "learnerId", learnerId));
                }));
            }
            start.countDown();
            int removed = 0;
            int notEnrolled = 0;
            for (Future<JsonPath> result : results) {
                JsonPath payload = result.get(60, TimeUnit.SECONDS);
                if (payload.get("removal") != null) {
                    removed++;
                } else if ("NOT_ENROLLED".equals(payload.getString("userErrors[0].code"))) {
                    notEnrolled++;
                }
            }
            assertEquals(1, removed);
            assertEquals(THREADS - 1, notEnrolled);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fixtures.number("select count(*) from removal where removed_enrollment_id = "
                + scenario.companyEnrollments().get(0).id));
        assertEquals(0, fixtures.number("select count(*) from attendance_signature where enrollment_id = "
                + scenario.companyEnrollments().get(0).id));
    }
}
