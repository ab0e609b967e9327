package fr.formation.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.formation.reliability.PackagedServers.Answer;

/**
 * The database fails under a running packaged server: its connection is killed in the middle of a removal, or it
 * becomes unreachable for a while. Run by failsafe after {@code package}.
 */
class DatabaseFaultsIT {

    private static final String SESSIONS = "{ sessions(first: 1) { totalCount } }";
    private static final String REMOVE = """
            mutation($input: RemoveCompanyLearnerInput!) {
              removeCompanyLearner(input: $input) { userErrors { code } removal { id } }
            }
            """;

    private static PackagedServers server;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        server = new PackagedServers(1, true);
        token = server.adminToken();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void whileTheDatabaseIsUnreachableRequestsFailFastAndBothRecoverWithoutARestart() throws Exception {
        assertEquals(200, server.get(0, "/q/health/ready").status());
        assertEquals(200, query(SESSIONS).status());

        server.proxy.cut();
        try {
            long started = System.nanoTime();
            Answer refused = query(SESSIONS);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertEquals(200, refused.status(), refused.raw());
            assertEquals("DATABASE_UNAVAILABLE", code(refused), refused.raw());
            assertTrue(millis < 10_000, "failed in " + millis + " ms");
            Answer health = server.get(0, "/q/health/ready");
            assertEquals(503, health.status(), health.raw());
            assertTrue(health.raw().contains("\"DOWN\""), health.raw());
            System.out.printf("database unreachable: a query failed in %d ms%n", millis);
        } finally {
            server.proxy.restore();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer answer = query(SESSIONS);
        while (answer.json().containsKey("errors") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = query(SESSIONS);
        }
        assertTrue(!answer.json().containsKey("errors"), answer.raw());
        assertEquals(200, server.get(0, "/q/health/ready").status());
    }

    @Test
    void aConnectionKilledInTheMiddleOfARemovalChangesNothingAndTheNextRemovalWorks() throws Exception {
        long session;
        long learner;
        long enrollment;
        try (Connection db = server.database(); Statement sql = db.createStatement()) {
            session = single(sql, "insert into training_session (name, start_date, end_date) values ('Faults', current_date, current_date) returning id");
            long company = single(sql, "insert into client (kind, name) values ('COMPANY', 'Acme') returning id");
            learner = single(sql, "insert into learner (first_name, last_name, email) values ('Kim', 'Lee', 'kim@example.org') returning id");
            enrollment = single(sql, "insert into enrollment (session_id, learner_id, client_id) values (" + session + ", "
                    + learner + ", " + company + ") returning id");
            sql.executeUpdate("insert into course_start_notice (enrollment_id, sent_at) values (" + enrollment + ", now())");
            sql.executeUpdate("insert into evaluation (enrollment_id, title, submitted_at) values (" + enrollment + ", 'Quiz', now())");
            // A test-only trigger holds the removal's last statement long enough to kill its connection there.
            sql.execute("""
                    create or replace function hold_enrollment_delete() returns trigger language plpgsql as $$
                    begin
                      if old.id = %d then perform pg_sleep(5); end if;
                      return old;
                    end $$;
                    create trigger hold_enrollment_delete before delete on enrollment
                      for each row execute function hold_enrollment_delete();
                    """.formatted(enrollment));
        }
        JsonObject input = Json.createObjectBuilder().add("input", Json.createObjectBuilder()
                .add("sessionId", id("TrainingSession", session)).add("learnerId", id("Learner", learner))).build();
        try {
            CompletableFuture<Answer> removal = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.post(server.endpoints.get(0), token, REMOVE, input);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Connection db = server.database(); Statement sql = db.createStatement()) {
                long killed = 0;
                for (int i = 0; i < 100 && killed == 0; i++) {
                    Thread.sleep(50);
                    killed = single(sql, "select count(pg_terminate_backend(pid)) from pg_stat_activity "
                            + "where query like 'delete from enrollment%' and state = 'active'");
                }
                assertEquals(1, killed, "the removal reached its last statement");
            }
            Answer answer = removal.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.status(), answer.raw());
            assertEquals("DATABASE_UNAVAILABLE", code(answer), answer.raw());
            try (Connection db = server.database(); Statement sql = db.createStatement()) {
                assertEquals(1, single(sql, "select count(*) from enrollment where id = " + enrollment));
                assertEquals(2, single(sql, "select (select count(*) from course_start_notice where enrollment_id = "
                        + enrollment + ") + (select count(*) from evaluation where enrollment_id = " + enrollment + ")"));
                assertEquals(0, single(sql, "select count(*) from removal where removed_enrollment_id = " + enrollment));
            }
        } finally {
            try (Connection db = server.database(); Statement sql = db.createStatement()) {
                sql.execute("drop trigger hold_enrollment_delete on enrollment; drop function hold_enrollment_delete()");
            }
        }
        Answer next = server.post(server.endpoints.get(0), token, REMOVE, input);
        assertEquals(0, next.json().getJsonObject("data").getJsonObject("removeCompanyLearner")
                .getJsonArray("userErrors").size(), next.raw());
    }

    private static Answer query(String document) throws Exception {
        return server.post(server.endpoints.get(0), token, document, Json.createObjectBuilder().build());
    }

    private static String code(Answer answer) {
        return answer.json().getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String id(String type, long pk) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + pk).getBytes());
    }
}
