package fr.formation.learner;

import static fr.formation.testsupport.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.formation.client.ClientEntity;
import fr.formation.session.TrainingSessionEntity;
import fr.formation.testsupport.Fixtures;
import fr.formation.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class LearnerGraphQLApiTest {

    private static final String LEARNERS = """
            query Learners($first: Int, $after: String, $search: String) {
              learners(first: $first, after: $after, search: $search) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { node { id firstName lastName email } }
              }
            }
            """;

    @Inject
    Fixtures fixtures;

    @Test
    void searchMatchesNamesAndEmailCaseInsensitively() {
        String surname = Fixtures.unique("Zed").replace(" ", "");
        LearnerEntity anna = fixtures.learner("Anna", surname);
        fixtures.learner("Bruno", surname);

        assertEquals(2, learners(10, null, surname.toUpperCase()).getInt("totalCount"));
        assertEquals(List.of(id("Learner", anna.id)),
                learners(10, null, "anna " + surname.toLowerCase()).getList("edges.node.id"), "first then last name");
        assertEquals(List.of(id("Learner", anna.id)),
                learners(10, null, surname + " Anna").getList("edges.node.id"), "last then first name");
        assertEquals(List.of(id("Learner", anna.id)), learners(10, null, anna.email).getList("edges.node.id"));
        assertEquals(0, learners(10, null, surname + "%").getInt("totalCount"), "LIKE wildcards are plain text");
        assertEquals(0, learners(10, null, "_" + surname).getInt("totalCount"), "LIKE wildcards are plain text");
    }

    @Test
    void learnersPageByLastNameThenFirstName() {
        String surname = Fixtures.unique("Page").replace(" ", "");
        fixtures.learner("Chloé", surname + "b");
        fixtures.learner("Adam", surname + "b");
        fixtures.learner("Zoé", surname + "a");
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            JsonPath page = learners(2, after, surname);
            seen.addAll(page.getList("edges.node.firstName"));
            hasNext = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
        }
        assertEquals(List.of("Zoé", "Adam", "Chloé"), seen);
    }

    @Test
    void learnerShowsEnrollmentsAndEmailHistoryNewestFirst() {
        TrainingSessionEntity session = fixtures.session(Fixtures.unique("GDPR"), LocalDate.of(2027, 1, 18),
                LocalDate.of(2027, 1, 19));
        LearnerEntity learner = fixtures.learner("Alice", "Blanc");
        ClientEntity company = fixtures.company(Fixtures.unique("Hôpital Sud"));
        fixtures.enroll(session, learner, company);
        fixtures.email(learner, company, null, "Welcome", Fixtures.SENT);
        fixtures.email(learner, company, session, "Course start notice", Fixtures.SENT.plusDays(3));

        JsonPath found = GraphQL.ok("""
                query Learner($id: ID!) {
                  learner(id: $id) {
                    firstName enrollments { session { name } client { name } }
                    emailHistory { subject sentAt session { id } }
                  }
                }
                """, GraphQL.vars("id", id("Learner", learner.id))).setRootPath("data.learner");

        assertEquals(List.of(session.name), found.getList("enrollments.session.name"));
        assertEquals(List.of("Course start notice", "Welcome"), found.getList("emailHistory.subject"));
        assertEquals(id("TrainingSession", session.id), found.getString("emailHistory[0].session.id"));
        assertNull(found.get("emailHistory[1].session"));
    }

    @Test
    void unknownLearnerIsNull() {
        JsonPath response = GraphQL.ok("query L($id: ID!) { learner(id: $id) { id } }",
                GraphQL.vars("id", id("Learner", 987_654_321L)));
        assertNull(response.get("learner"));
        assertFalse(response.prettify().contains("errors"));
    }

    private static JsonPath learners(int first, String after, String search) {
        return GraphQL.ok(LEARNERS, GraphQL.vars("first", first, "after", after, "search", search))
                .setRootPath("data.learners");
    }
}
