package fr.formation.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.formation.reliability.PackagedServers.Answer;

/**
 * Exactly once across servers: two packaged servers on one database, removals fired at both at the same instant.
 * Run by failsafe after {@code package}.
 */
class TwoServersIT {

    private static final String REMOVE = """
            mutation($input: RemoveCompanyLearnerInput!) {
              removeCompanyLearner(input: $input) { userErrors { code } removal { id totalDeleted } }
            }
            """;
    private static final String PREVIEW = """
            query($s: ID!, $l: ID!) { removalPreview(sessionId: $s, learnerId: $l) { version totalDeletions } }
            """;

    private static PackagedServers servers;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        servers = new PackagedServers(2, false);
        token = servers.adminToken();
    }

    @AfterAll
    static void stop() throws Exception {
        servers.close();
    }

    @Test
    void fiftySimultaneousRemovalsOfOneEnrollmentOnTwoServersRemoveItOnce() throws Exception {
        Seeded seeded = seed(3);
        long enrollment = seeded.enrollments().get(0);
        JsonObject input = input(seeded.session(), seeded.learners().get(0), null);

        List<Answer> answers = all(50, i -> servers.post(servers.endpoints.get(i % 2), token, REMOVE, input));

        int removed = 0;
        int notEnrolled = 0;
        for (Answer answer : answers) {
            assertEquals(200, answer.status(), answer.raw());
            JsonObject payload = answer.json().getJsonObject("data").getJsonObject("removeCompanyLearner");
            if (!payload.isNull("removal")) {
                removed++;
            } else if (payload.getJsonArray("userErrors").getJsonObject(0).getString("code").equals("NOT_ENROLLED")) {
                notEnrolled++;
            }
        }
        assertEquals(1, removed);
        assertEquals(49, notEnrolled);
        assertEquals(1, count("select count(*) from removal where removed_enrollment_id = " + enrollment));
        assertEquals(0, count("select count(*) from attendance_signature where enrollment_id = " + enrollment));
        assertEquals(2, count("select count(*) from enrollment where session_id = " + seeded.session()), "colleagues stay");
        assertEquals(4, count("select count(*) from attendance_signature s join enrollment e on e.id = s.enrollment_id "
                + "where e.session_id = " + seeded.session()), "colleagues' signatures stay");
    }

    @Test
    void twentyLearnersRemovedConcurrentlyFromBothServersAreAllRemovedOnce() throws Exception {
        Seeded seeded = seed(21);
        List<Answer> answers = all(20, i -> servers.post(servers.endpoints.get(i % 2), token, REMOVE,
                input(seeded.session(), seeded.learners().get(i), null)));

        for (Answer answer : answers) {
            assertEquals(200, answer.status(), answer.raw());
            JsonObject payload = answer.json().getJsonObject("data").getJsonObject("removeCompanyLearner");
            assertEquals(0, payload.getJsonArray("userErrors").size(), answer.raw());
            assertEquals(7, payload.getJsonObject("removal").getInt("totalDeleted"));
        }
        assertEquals(20, count("select count(*) from removal where session_id = " + seeded.session()));
        assertEquals(1, count("select count(*) from enrollment where session_id = " + seeded.session()));
        assertEquals(7, count("""
                select (select count(*) from attendance_signature where enrollment_id = %1$d)
                     + (select count(*) from course_start_notice where enrollment_id = %1$d)
                     + (select count(*) from portal_access where enrollment_id = %1$d)
                     + (select count(*) from evaluation where enrollment_id = %1$d)
                     + (select count(*) from certificate where enrollment_id = %1$d)
                """.formatted(seeded.enrollments().get(20))), "the colleague keeps every record");
    }

    @Test
    void removalsRacingWithNewRecordsEitherDeleteWhatTheyReportOrRefuseAStalePreview() throws Exception {
        Seeded seeded = seed(10);
        AtomicBoolean racing = new AtomicBoolean(true);
        AtomicInteger inserted = new AtomicInteger();
        ExecutorService portal = Executors.newSingleThreadExecutor();
        // The training portal keeps adding evaluations to the same enrollments while they are removed.
        Future<?> inserts = portal.submit(() -> {
            // Runs until the removals below are done.
            try (Connection connection = servers.database()) {
                connection.setAutoCommit(true);
                while (racing.get()) {
                    for (long enrollment : seeded.enrollments()) {
                        try (PreparedStatement insert = connection.prepareStatement(
                                "insert into evaluation (enrollment_id, title, submitted_at) values (?, 'Quiz', now())")) {
                            insert.setLong(1, enrollment);
                            insert.executeUpdate();
                            inserted.incrementAndGet();
                            Thread.sleep(2);
                        } catch (SQLException removedAlready) {
                            // the enrollment is gone: its foreign key refuses the record, as it must
                        }
                    }
                }
            }
            return null;
        });
        AtomicInteger stale = new AtomicInteger();
        AtomicInteger removedDuringRace = new AtomicInteger();
        // Learners 0-4: up to 5 confirmed removals (with the preview's version) while the portal writes; each succeeds
        // or is refused as stale. Learners 5-9: removed without a version, which must succeed meanwhile.
        List<Answer> unconfirmed = new ArrayList<>();
        all(10, i -> {
            if (i >= 5) {
                Answer removal = servers.post(servers.endpoints.get(i % 2), token, REMOVE,
                        input(seeded.session(), seeded.learners().get(i), null));
                synchronized (unconfirmed) {
                    unconfirmed.add(removal);
                }
                return removal;
            }
            for (int attempt = 0; attempt < 5; attempt++) {
                Answer removal = previewThenRemove(seeded, i, attempt);
                JsonObject payload = removal.json().getJsonObject("data").getJsonObject("removeCompanyLearner");
                if (payload.getJsonArray("userErrors").isEmpty()) {
                    removedDuringRace.incrementAndGet();
                    return removal;
                }
                assertEquals("STALE_PREVIEW", payload.getJsonArray("userErrors").getJsonObject(0).getString("code"),
                        removal.raw());
                stale.incrementAndGet();
            }
            return null;
        });
        racing.set(false);
        inserts.get(30, TimeUnit.SECONDS);
        portal.shutdown();
        assertTrue(inserted.get() > 0, "the portal did insert records meanwhile");
        for (Answer answer : unconfirmed) {
            assertEquals(200, answer.status(), answer.raw());
            JsonObject removal = answer.json().getJsonObject("data").getJsonObject("removeCompanyLearner")
                    .getJsonObject("removal");
            assertTrue(removal != null, answer.raw());
            // What it reports is what its audit record says it deleted, id by id.
            long removalPk = Long.parseLong(new String(Base64.getUrlDecoder().decode(removal.getString("id"))).split(":")[1]);
            assertEquals(removal.getInt("totalDeleted"), count("select coalesce(sum(record_count), 0) from removal_artifact "
                    + "where not preserved and removal_id = " + removalPk));
            assertTrue(removal.getInt("totalDeleted") >= 7, answer.raw());
        }

        // Once the portal is quiet, the learners still enrolled are removed at the first confirmed attempt.
        for (int i = 0; i < 10; i++) {
            if (count("select count(*) from enrollment where id = " + seeded.enrollments().get(i)) == 1) {
                Answer removal = previewThenRemove(seeded, i, 0);
                assertEquals(0, removal.json().getJsonObject("data").getJsonObject("removeCompanyLearner")
                        .getJsonArray("userErrors").size(), removal.raw());
            }
        }
        assertEquals(10, count("select count(*) from removal where session_id = " + seeded.session()));
        for (String table : List.of("attendance_signature", "evaluation", "course_start_notice", "portal_access",
                "certificate")) {
            assertEquals(0, count("select count(*) from " + table + " t where not exists "
                    + "(select 1 from enrollment e where e.id = t.enrollment_id)"), "no orphan in " + table);
        }
        System.out.printf("racing removals: %d evaluations inserted meanwhile; 5 unconfirmed removals succeeded; "
                + "confirmed removals: %d succeeded during the race, %d refused as stale%n", inserted.get(),
                removedDuringRace.get(), stale.get());
    }

    private static Answer previewThenRemove(Seeded seeded, int i, int attempt) throws Exception {
        Answer preview = servers.post(servers.endpoints.get(i % 2), token, PREVIEW, Json.createObjectBuilder()
                .add("s", id("TrainingSession", seeded.session())).add("l", id("Learner", seeded.learners().get(i))).build());
        assertEquals(200, preview.status(), preview.raw());
        String version = preview.json().getJsonObject("data").getJsonObject("removalPreview").getString("version");
        Answer removal = servers.post(servers.endpoints.get((i + attempt + 1) % 2), token, REMOVE,
                input(seeded.session(), seeded.learners().get(i), version));
        assertEquals(200, removal.status(), removal.raw());
        return removal;
    }

    // --- the data and the requests -------------------------------------------------------------------------------

    record Seeded(long session, List<Long> learners, List<Long> enrollments) {
    }

    /** A session with a company and {@code learners} learners, each with 7 records: notice, portal, 2 signatures, evaluation, 2 certificates. */
    private static Seeded seed(int learners) throws SQLException {
        try (Connection db = servers.database()) {
            long session = insert(db, "insert into training_session (name, start_date, end_date) "
                    + "values ('Two servers " + System.nanoTime() + "', current_date, current_date + 1) returning id");
            long day = insert(db, "insert into session_date (session_id, day, start_time, end_time) values ("
                    + session + ", current_date, '09:00', '17:00') returning id");
            long company = insert(db, "insert into client (kind, name) values ('COMPANY', 'Acme') returning id");
            List<Long> learnerIds = new ArrayList<>();
            List<Long> enrollmentIds = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                long learner = insert(db, "insert into learner (first_name, last_name, email) values ('L', 'N" + i
                        + "', 'l" + System.nanoTime() + "@example.org') returning id");
                long enrollment = insert(db, "insert into enrollment (session_id, learner_id, client_id) values ("
                        + session + ", " + learner + ", " + company + ") returning id");
                String e = String.valueOf(enrollment);
                execute(db, "insert into course_start_notice (enrollment_id, sent_at) values (" + e + ", now())");
                execute(db, "insert into portal_access (enrollment_id, login, granted_at) values (" + e + ", 'x', now())");
                execute(db, "insert into attendance_signature (enrollment_id, session_date_id, half_day, signed_at) values ("
                        + e + ", " + day + ", 'AM', now()), (" + e + ", " + day + ", 'PM', now())");
                execute(db, "insert into evaluation (enrollment_id, title, submitted_at) values (" + e + ", 'Test', now())");
                execute(db, "insert into certificate (enrollment_id, kind, issued_on) values (" + e
                        + ", 'CERTIFICATE_OF_ATTENDANCE', current_date), (" + e + ", 'DIPLOMA', current_date)");
                learnerIds.add(learner);
                enrollmentIds.add(enrollment);
            }
            return new Seeded(session, learnerIds, enrollmentIds);
        }
    }

    private static JsonObject input(long session, long learner, String version) {
        var input = Json.createObjectBuilder().add("sessionId", id("TrainingSession", session))
                .add("learnerId", id("Learner", learner));
        if (version != null) {
            input.add("expectedVersion", version);
        }
        return Json.createObjectBuilder().add("input", input).build();
    }

    private static String id(String type, long pk) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + pk).getBytes());
    }

    interface Call {
        Answer run(int index) throws Exception;
    }

    /** Runs the calls all at once, released together, and returns their answers. */
    private static List<Answer> all(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection db = servers.database(); ResultSet result = db.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        db.createStatement().executeUpdate(sql);
    }
}
