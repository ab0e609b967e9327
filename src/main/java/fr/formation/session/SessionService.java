package fr.formation.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.formation.client.Client;
import fr.formation.client.ClientEntity;
import fr.formation.common.Cursor;
import fr.formation.common.PageInfo;
import fr.formation.common.PageRequest;
import fr.formation.common.SearchPattern;
import fr.formation.learner.LearnerEntity;

/** Reads sessions, their dates, enrollments and clients for the API; every "of many" read is one query. */
@ApplicationScoped
public class SessionService {

    static final String CONNECTION = "sessions";
    /** Longer search strings are refused rather than scanned. */
    static final int MAX_SEARCH_LENGTH = 100;

    private static final String MATCHES = """
            (cast(:search as text) is null or lower(s.name) like :search escape '\\')
            and (cast(:from as date) is null or s.start_date >= :from)
            and (cast(:to as date) is null or s.start_date <= :to)
            """;

    /** Newest start date first; the cursor row's (start_date, id) is read back by its id. */
    private static final String PAGE = "select s.* from training_session s where " + MATCHES + """
            and (cast(:after as bigint) is null
                 or (s.start_date, s.id) < (select a.start_date, a.id from training_session a where a.id = :after))
            order by s.start_date desc, s.id desc
            limit :limit
            """;

    private static final String COUNT = "select count(*) from training_session s where " + MATCHES;

    @Inject
    EntityManager em;

    @Transactional
    public TrainingSessionConnection sessions(PageRequest page, SessionFilter filter) {
        SessionFilter criteria = filter == null ? new SessionFilter(null, null, null) : filter;
        String pattern = SearchPattern.contains("filter.search", criteria.search(), MAX_SEARCH_LENGTH);
        @SuppressWarnings("unchecked")
        List<TrainingSessionEntity> rows = em.createNativeQuery(PAGE, TrainingSessionEntity.class)
                .setParameter("search", pattern)
                .setParameter("from", criteria.startsOnOrAfter())
                .setParameter("to", criteria.startsOnOrBefore())
                .setParameter("after", page.afterPk())
                .setParameter("limit", page.first() + 1)
                .getResultList();
        long total = ((Number) em.createNativeQuery(COUNT)
                .setParameter("search", pattern)
                .setParameter("from", criteria.startsOnOrAfter())
                .setParameter("to", criteria.startsOnOrBefore())
                .getSingleResult()).longValue();
        PageInfo pageInfo = PageInfo.of(CONNECTION, page, rows, row -> row.id);
        List<TrainingSessionEdge> edges = rows.stream().limit(page.first())
                .map(row -> new TrainingSessionEdge(Cursor.encode(CONNECTION, row.id), TrainingSession.of(row)))
                .toList();
        return new TrainingSessionConnection(edges, pageInfo, Math.toIntExact(total));
    }

    @Transactional
    public Optional<TrainingSession> byId(long pk) {
        return TrainingSessionEntity.<TrainingSessionEntity> findByIdOptional(pk).map(TrainingSession::of);
    }

    @Transactional
    public Map<Long, TrainingSession> byIds(Collection<Long> pks) {
        if (pks.isEmpty()) {
            return Map.of();
        }
        return TrainingSessionEntity.<TrainingSessionEntity> list("id in ?1", distinct(pks)).stream()
                .map(TrainingSession::of)
                .collect(Collectors.toMap(TrainingSession::pk, Function.identity()));
    }

    @Transactional
    public Map<Long, List<SessionDate>> datesOf(Collection<Long> sessionPks) {
        if (sessionPks.isEmpty()) {
            return Map.of();
        }
        return SessionDateEntity.<SessionDateEntity> list(
                "sessionId in ?1 order by day, startTime, id", distinct(sessionPks)).stream()
                .map(SessionDate::of)
                .collect(Collectors.groupingBy(SessionDate::sessionPk));
    }

    /** An enrollment with its learner and client; the condition is on {@code e} (and {@code s}, its session). */
    private static final String ENROLLMENTS = """
            select e, l, c from EnrollmentEntity e, LearnerEntity l, ClientEntity c, TrainingSessionEntity s
            where l.id = e.learnerId and c.id = e.clientId and s.id = e.sessionId and
            """;

    /** The enrollments of several sessions, each session's by learner name. */
    @Transactional
    public Map<Long, List<Enrollment>> enrollmentsOfSessions(Collection<Long> sessionPks) {
        if (sessionPks.isEmpty()) {
            return Map.of();
        }
        return enrollments("e.sessionId in ?1 order by l.lastName, l.firstName, e.id", distinct(sessionPks))
                .collect(Collectors.groupingBy(Enrollment::sessionPk));
    }

    /** The enrollments of several learners, each learner's newest session first. */
    @Transactional
    public Map<Long, List<Enrollment>> enrollmentsOfLearners(Collection<Long> learnerPks) {
        if (learnerPks.isEmpty()) {
            return Map.of();
        }
        return enrollments("e.learnerId in ?1 order by s.startDate desc, s.id desc", distinct(learnerPks))
                .collect(Collectors.groupingBy(Enrollment::learnerPk));
    }

    @Transactional
    public Optional<Enrollment> enrollmentById(long pk) {
        return enrollments("e.id = ?1", pk).findFirst();
    }

    private Stream<Enrollment> enrollments(String condition, Object parameter) {
        return em.createQuery(ENROLLMENTS + condition, Object[].class)
                .setParameter(1, parameter)
                .getResultStream()
                .map(row -> Enrollment.of((EnrollmentEntity) row[0], (LearnerEntity) row[1], (ClientEntity) row[2]));
    }

    /** The clients that learners of several sessions attend for, each session's by name. */
    @Transactional
    public Map<Long, List<Client>> clientsOf(Collection<Long> sessionPks) {
        if (sessionPks.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("""
                select distinct e.sessionId, c, c.name from EnrollmentEntity e, ClientEntity c
                where c.id = e.clientId and e.sessionId in ?1
                order by c.name, c.id
                """, Object[].class)
                .setParameter(1, distinct(sessionPks))
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                Collectors.mapping(row -> Client.of((ClientEntity) row[1]), Collectors.toList())));
    }

    private static List<Long> distinct(Collection<Long> pks) {
        return pks.stream().distinct().toList();
    }
}
