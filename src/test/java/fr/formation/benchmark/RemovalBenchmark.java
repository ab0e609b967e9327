package fr.formation.benchmark;

import static fr.formation.testsupport.Fixtures.id;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.Scenario;
import fr.formation.testsupport.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test: a benchmark, run with {@code ./mvnw test -Pbench}. It measures, in one run and interleaved so that the
 * machine's noise hits both sides alike, the removal of a learner with 1,000 attendance signatures against one with 2,
 * and counts the SQL statements of a preview, of a removal and of a sessions page. Results go to the console and to
 * target/benchmarks/removal.md.
 */
@QuarkusTest
class RemovalBenchmark {

    private static final int ROUNDS = 15;
    private static final int WARM_UP = 3;

    private static final String PREVIEW = """
            query P($s: ID!, $l: ID!) { removalPreview(sessionId: $s, learnerId: $l) { version totalDeletions } }
            """;
    private static final String REMOVE = """
            mutation R($input: RemoveCompanyLearnerInput!) {
              removeCompanyLearner(input: $input) { userErrors { code } removal { totalDeleted } }
            }
            """;
    private static final String PAGE = """
            query S($first: Int, $filter: SessionFilter) {
              sessions(first: $first, filter: $filter) { totalCount edges { node {
                id name startDate endDate dates { date startTime endTime }
                enrollments { id learner { id firstName lastName } client { id kind name learner { id } } }
                clients { id name }
              } } }
            }
            """;

    @Inject
    Fixtures fixtures;

    @Inject
    SqlStatements statements;

    @Test
    void removalWith1000SignaturesAgainst2() throws IOException {
        List<Long> small = new ArrayList<>();
        List<Long> large = new ArrayList<>();
        long previewStatements = 0;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            Scenario two = fixtures.scenario(2);
            Scenario thousand = fixtures.scenario(2);
            fixtures.signatures(thousand.companyEnrollments().get(0), 998);
            previewStatements = statements.count(() -> GraphQL.ok(PREVIEW, vars(thousand)));
            // Alternate which goes first, so that neither always runs on a warmer cache.
            long a;
            long b;
            if (round % 2 == 0) {
                a = timed(() -> remove(two));
                b = timed(() -> remove(thousand));
            } else {
                b = timed(() -> remove(thousand));
                a = timed(() -> remove(two));
            }
            if (round >= WARM_UP) {
                small.add(a);
                large.add(b);
            }
        }
        Scenario last = fixtures.scenario(2);
        long removalStatements = statements.count(() -> remove(last));
        long page5 = statements.count(() -> GraphQL.ok(PAGE, Map.of("first", 5)));
        long page50 = statements.count(() -> GraphQL.ok(PAGE, Map.of("first", 50)));

        long smallMedian = median(small);
        long largeMedian = median(large);
        String report = """
                # Removal benchmark (./mvnw test -Pbench)

                %d interleaved rounds after %d warm-up rounds, over HTTP, embedded or configured PostgreSQL.

                | measure | value |
                |---|---|
                | removal, 2 signatures (median) | %.2f ms |
                | removal, 1,000 signatures (median) | %.2f ms |
                | ratio 1,000 / 2 | %.2f |
                | SQL statements of a removal (company learner) | %d |
                | SQL statements of a preview | %d |
                | SQL statements of sessions(first: 5) with all nested fields | %d |
                | SQL statements of sessions(first: 50) with all nested fields | %d |
                """.formatted(ROUNDS, WARM_UP, smallMedian / 1e6, largeMedian / 1e6, (double) largeMedian / smallMedian,
                removalStatements, previewStatements, page5, page50);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "removal.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private Map<String, Object> vars(Scenario scenario) {
        return Map.of("s", id("TrainingSession", scenario.session().id), "l",
                id("Learner", scenario.companyLearners().get(0).id));
    }

    private void remove(Scenario scenario) {
        Map<String, Object> names = vars(scenario);
        GraphQL.ok(REMOVE, Map.of("input", Map.of("sessionId", names.get("s"), "learnerId", names.get("l"))));
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
