package fr.formation.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo data (db/demo, loaded by dev mode) holds what ../shared/spec/demo-data.md promises. It is loaded here
 * into a schema of its own, after the migrations, exactly as Flyway runs them in dev mode.
 */
@QuarkusTest
class DemoDataTest {

    private static final String SCHEMA = "demo_check";

    @Inject
    DataSource dataSource;

    private Connection connection;

    @BeforeEach
    void loadDemoData() throws SQLException, IOException {
        connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade; create schema " + SCHEMA
                    + "; set search_path to " + SCHEMA);
            statement.execute(resource("/db/migration/V1__training_sessions.sql"));
            statement.execute(resource("/db/demo/R__demo_data.sql"));
        }
    }

    @AfterEach
    void dropDemoData() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + SCHEMA + " cascade; set search_path to default");
        } finally {
            connection.close();
        }
    }

    @Test
    void sessionsArePastRunningAndFutureOverMoreThanOnePage() throws SQLException {
        assertTrue(number("select count(*) from training_session") >= 4);
        assertTrue(number("select count(*) from training_session where end_date < current_date") >= 1);
        assertTrue(number("select count(*) from training_session where current_date between start_date and end_date") >= 1);
        assertTrue(number("select count(*) from training_session where start_date > current_date") >= 1);
        assertEquals(0, number("select count(*) from training_session s "
                + "where not exists (select 1 from session_date d where d.session_id = s.id)"), "every session has dates");
    }

    @Test
    void aSessionHasACompanyWithThreeFullyDocumentedLearnersAndIndividualClients() throws SQLException {
        // Company learners of session 1 with every type a company-learner removal deletes.
        assertTrue(number("""
                select count(*) from enrollment e join client c on c.id = e.client_id
                where e.session_id = 1 and c.kind = 'COMPANY'
                  and exists (select 1 from course_start_notice x where x.enrollment_id = e.id)
                  and exists (select 1 from portal_access x where x.enrollment_id = e.id)
                  and exists (select 1 from elearning_access x where x.enrollment_id = e.id)
                  and (select count(*) from attendance_signature x where x.enrollment_id = e.id) >= 2
                  and exists (select 1 from evaluation x where x.enrollment_id = e.id)
                  and (select count(distinct kind) from certificate x where x.enrollment_id = e.id) = 3
                """) >= 3);
        assertTrue(number("select count(*) from quote q join client c on c.id = q.client_id "
                + "where q.session_id = 1 and c.kind = 'COMPANY'") >= 1, "the company's quote");
        assertTrue(number("select count(*) from invoice i join client c on c.id = i.client_id "
                + "where i.session_id = 1 and c.kind = 'COMPANY'") >= 1, "the company's invoice");
        for (String kind : new String[] { "PRIVATE_INDIVIDUAL", "SELF_EMPLOYED" }) {
            assertEquals(1, number("""
                    select count(*) from enrollment e join client c on c.id = e.client_id
                    where e.session_id = 1 and c.kind = '%s'
                      and exists (select 1 from course_start_notice x where x.enrollment_id = e.id)
                      and exists (select 1 from portal_access x where x.enrollment_id = e.id)
                      and exists (select 1 from elearning_access x where x.enrollment_id = e.id)
                      and exists (select 1 from attendance_signature x where x.enrollment_id = e.id)
                      and exists (select 1 from evaluation x where x.enrollment_id = e.id)
                      and (select count(distinct kind) from certificate x where x.enrollment_id = e.id) = 3
                      and exists (select 1 from quote x where x.session_id = 1 and x.client_id = c.id)
                      and exists (select 1 from crm_opportunity x where x.session_id = 1 and x.client_id = c.id)
                      and exists (select 1 from training_contract x where x.session_id = 1 and x.client_id = c.id)
                      and exists (select 1 from invoice x where x.session_id = 1 and x.client_id = c.id and x.status = 'DRAFT')
                      and exists (select 1 from invoice x where x.session_id = 1 and x.client_id = c.id and x.status <> 'DRAFT')
                    """.formatted(kind)), kind);
        }
    }

    @Test
    void learnersAreManyWithEmailsAndOneIsInTwoSessions() throws SQLException {
        assertTrue(number("select count(*) from learner") >= 30);
        assertEquals(0, number("select count(*) from learner l "
                + "where (select count(*) from email_message m where m.learner_id = l.id) < 2"));
        assertTrue(number("select count(*) from email_message where session_id = 1") >= 5);
        assertTrue(number("""
                select count(*) from learner l where (
                  select count(*) from enrollment e where e.learner_id = l.id
                    and exists (select 1 from attendance_signature x where x.enrollment_id = e.id)
                    and exists (select 1 from certificate x where x.enrollment_id = e.id)) >= 2
                """) >= 1);
    }

    @Test
    void identitySequencesContinueAfterTheDemoData() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into learner (first_name, last_name, email) values ('New', 'Learner', 'n@l.org')");
        }
        assertEquals(number("select count(*) from learner"), number("select max(id) from learner"));
    }

    private long number(String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DemoDataTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
