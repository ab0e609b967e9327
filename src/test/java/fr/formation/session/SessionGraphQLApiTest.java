package fr.formation.session;

import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.client.ClientEntity;
import fr.formation.client.ClientKind;
import fr.formation.learner.LearnerEntity;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import fr.formation.testsupport.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SessionGraphQLApiTest {

    private static final String SESSIONS = """
            query Sessions($first: Int, $after: String, $filter: SessionFilter) {
              sessions(first: $first, after: $after, filter: $filter) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id name startDate endDate } }
              }
            }
            """;

    private static final String SESSIONS_WITH_EVERYTHING = """
            query Sessions($first: Int, $filter: SessionFilter) {
              sessions(first: $first, filter: $filter) {
                totalCount
                edges { node {
                  id name startDate endDate
                  dates { date startTime endTime }
                  enrollments { id learner { id firstName lastName } client { id kind name learner { id lastName } } }
                  clients { id kind name learner { id } }
                } }
              }
            }
            """;

    @Inject
    Fixtures fixtures;

    @Inject
    SqlStatements statements;

    @Test
    void pagingForwardWithFirstTwoReachesTheEndNewestFirst() {
        String token = Fixtures.unique("Paging");
        for (int i = 0; i < 5; i++) {
            fixtures.session(token + " #" + i, LocalDate.of(2027, 1, 1).plusMonths(i), LocalDate.of(2027, 1, 2).plusMonths(i));
        }
        List<String> names = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean hasNext = true;
        while (hasNext) {
            JsonPath page = sessions(2, after, Map.of("search", token));
            assertEquals(5, page.getInt("totalCount"));
            assertEquals(after != null, page.getBoolean("pageInfo.hasPreviousPage"));
            names.addAll(page.getList("edges.node.name"));
            List<String> cursors = page.getList("edges.cursor");
            assertEquals(cursors.get(cursors.size() - 1), page.getString("pageInfo.endCursor"));
            hasNext = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(List.of(token + " #4", token + " #3", token + " #2", token + " #1", token + " #0"), names);
    }

    @Test
    void anEmptyPageHasNoCursors() {
        String token = Fixtures.unique("Empty");
        fixtures.session(token, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 1));

        JsonPath none = sessions(0, null, Map.of("search", token));
        assertEquals(List.of(), none.getList("edges"));
        assertTrue(none.getBoolean("pageInfo.hasNextPage"));
        assertNull(none.getString("pageInfo.startCursor"));
        assertNull(none.getString("pageInfo.endCursor"));

        JsonPath nothingMatches = sessions(10, null, Map.of("search", token + " no such session"));
        assertEquals(0, nothingMatches.getInt("totalCount"));
        assertEquals(List.of(), nothingMatches.getList("edges"));
        assertFalse(nothingMatches.getBoolean("pageInfo.hasNextPage"));
    }

    @Test
    void invalidArgumentsAreRefusedWithACode() {
        assertEquals("INVALID_CURSOR", sessionsError(2, "not-a-cursor", null));
        fixtures.learner("Any", "Learner");
        String learnersCursor = GraphQL.ok("{ learners(first: 1) { pageInfo { endCursor } } }", Map.of())
                .getString("learners.pageInfo.endCursor");
        assertEquals("INVALID_CURSOR", sessionsError(2, learnersCursor, null), "a cursor of another connection");
        assertEquals("INVALID_ARGUMENT", sessionsError(101, null, null));
        assertEquals("INVALID_ARGUMENT", sessionsError(-1, null, null));
        assertEquals("INVALID_ARGUMENT", sessionsError(2, null, Map.of("search", "x".repeat(101))));
    }

    @Test
    void filterKeepsSessionsStartingWithinTheDates() {
        String token = Fixtures.unique("Filter");
        fixtures.session(token + " March", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
        fixtures.session(token + " April", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 2));
        fixtures.session(token + " May", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2));

        JsonPath page = sessions(10, null, Map.of("search", token.toUpperCase(), "startsOnOrAfter", "2027-03-02",
                "startsOnOrBefore", "2027-05-01"));

        assertEquals(List.of(token + " May", token + " April"), page.getList("edges.node.name"));
        assertEquals(2, page.getInt("totalCount"));
    }

    @Test
    void sessionShowsItsDatesEnrollmentsAndClients() {
        String token = Fixtures.unique("Nested");
        TrainingSessionEntity session = fixtures.session(token, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2));
        ClientEntity company = fixtures.company(token + " Acme");
        LearnerEntity employee = fixtures.learner("Hugo", "Lefebvre");
        LearnerEntity individual = fixtures.learner("Claire", "Martin");
        ClientEntity individualClient = fixtures.individual(individual, ClientKind.PRIVATE_INDIVIDUAL);
        fixtures.enroll(session, employee, company);
        fixtures.enroll(session, individual, individualClient);

        JsonPath node = GraphQL.ok(SESSIONS_WITH_EVERYTHING, GraphQL.vars("first", 1, "filter", Map.of("search", token)))
                .setRootPath("data.sessions.edges[0].node");

        assertEquals(id("TrainingSession", session.id), node.getString("id"));
        assertEquals(List.of("2027-02-01", "2027-02-02"), node.getList("dates.date"));
        assertEquals("09:00", node.getString("dates[0].startTime"));
        assertEquals(List.of("Lefebvre", "Martin"), node.getList("enrollments.learner.lastName"));
        assertEquals(List.of("COMPANY", "PRIVATE_INDIVIDUAL"), node.getList("enrollments.client.kind"));
        assertNull(node.get("enrollments[0].client.learner"));
        assertEquals("Martin", node.getString("enrollments[1].client.learner.lastName"));
        assertEquals(List.of("Claire Martin", token + " Acme"), node.getList("clients.name"), "by name");
    }

    @Test
    void aPageWithAllNestedFieldsCostsTheSameStatementsForFiveAndFiftySessions() {
        String token = Fixtures.unique("Cost");
        ClientEntity company = fixtures.company(token + " Acme");
        for (int i = 0; i < 50; i++) {
            TrainingSessionEntity session = fixtures.session(token + " #" + i, LocalDate.of(2027, 1, 1).plusDays(i),
                    LocalDate.of(2027, 1, 2).plusDays(i));
            LearnerEntity employee = fixtures.learner("Employee", "N" + i);
            LearnerEntity individual = fixtures.learner("Individual", "N" + i);
            fixtures.enroll(session, employee, company);
            fixtures.enroll(session, individual, fixtures.individual(individual, ClientKind.SELF_EMPLOYED));
        }
        Map<String, Object> filter = Map.of("search", token);

        long five = statements.count(() -> assertEquals(5,
                GraphQL.ok(SESSIONS_WITH_EVERYTHING, GraphQL.vars("first", 5, "filter", filter))
                        .getList("sessions.edges").size()));
        long fifty = statements.count(() -> assertEquals(50,
                GraphQL.ok(SESSIONS_WITH_EVERYTHING, GraphQL.vars("first", 50, "filter", filter))
                        .getList("sessions.edges").size()));

        assertEquals(five, fifty, "the number of statements does not grow with the page");
        // The page, its total, the dates, the enrollments with their learners and clients, the session's clients,
        // the individual clients' learners.
        assertEquals(6, fifty);
    }

    private static JsonPath sessions(Integer first, String after, Map<String, Object> filter) {
        return GraphQL.ok(SESSIONS, GraphQL.vars("first", first, "after", after, "filter", filter))
                .setRootPath("data.sessions");
    }

    private static String sessionsError(Integer first, String after, Map<String, Object> filter) {
        JsonPath response = GraphQL.execute(SESSIONS, GraphQL.vars("first", first, "after", after, "filter", filter));
        assertNull(response.get("data.sessions"));
        return GraphQL.errorCode(response);
    }
}
