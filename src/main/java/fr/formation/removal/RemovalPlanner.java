package fr.formation.removal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.formation.client.Client;
import fr.formation.client.ClientEntity;
import fr.formation.learner.Learner;
import fr.formation.learner.LearnerEntity;
import fr.formation.session.EnrollmentEntity;
import fr.formation.session.TrainingSession;
import fr.formation.session.TrainingSessionEntity;

/**
 * The one query path of a removal: finds the enrollment, plans what goes and what stays ({@link #plan}), and deletes
 * exactly the planned records ({@link #execute}). Callers own the transaction.
 */
@ApplicationScoped
class RemovalPlanner {

    /**
     * Every record of the enrollment, of its client's commercial documents for the session, and the email history,
     * in one statement. Columns: type, id, detail, amount, date, state, xmin. Dates are rendered here as ISO text.
     */
    private static final String PLAN = """
            select 'ENROLLMENT', e.id, null, null, null, null, e.xmin::text
              from enrollment e where e.id = :enrollment
            union all
            select 'QUOTE', q.id, q.number, q.amount::text, q.created_on::text, q.status, q.xmin::text
              from quote q where q.session_id = :session and q.client_id = :client
            union all
            select 'CRM_OPPORTUNITY', o.id, o.title, o.amount::text, null, o.stage, o.xmin::text
              from crm_opportunity o where o.session_id = :session and o.client_id = :client
            union all
            select 'TRAINING_CONTRACT', t.id, t.number, null, t.signed_on::text,
                   case when t.signed_on is null then 'UNSIGNED' else 'SIGNED' end, t.xmin::text
              from training_contract t where t.session_id = :session and t.client_id = :client
            union all
            select 'COURSE_START_NOTICE', n.id, null, null, (n.sent_at at time zone 'UTC')::date::text, null, n.xmin::text
              from course_start_notice n where n.enrollment_id = :enrollment
            union all
            select 'PORTAL_ACCESS', p.id, p.login, null, null, null, p.xmin::text
              from portal_access p where p.enrollment_id = :enrollment
            union all
            select 'ELEARNING_ACCESS', a.id, a.module_name, null, null, null, a.xmin::text
              from elearning_access a where a.enrollment_id = :enrollment
            union all
            select 'ATTENDANCE_SIGNATURE', s.id, s.half_day, null, d.day::text,
                   case when d.day < current_date then 'PAST' else 'UPCOMING' end, s.xmin::text
              from attendance_signature s join session_date d on d.id = s.session_date_id
             where s.enrollment_id = :enrollment
            union all
            select 'EVALUATION', v.id, v.title, null, (v.submitted_at at time zone 'UTC')::date::text, null, v.xmin::text
              from evaluation v where v.enrollment_id = :enrollment
            union all
            select c.kind, c.id, null, null, c.issued_on::text,
                   case when c.delivered_at is null then 'NOT_DELIVERED' else 'DELIVERED' end, c.xmin::text
              from certificate c where c.enrollment_id = :enrollment
            union all
            select 'INVOICE', i.id, i.number, i.amount::text, i.issued_on::text, i.status, i.xmin::text
              from invoice i where i.session_id = :session and i.client_id = :client
            union all
            select 'EMAIL', m.id, m.subject, null, (m.sent_at at time zone 'UTC')::date::text, null, m.xmin::text
              from email_message m where m.learner_id = :learner or (:individual and m.client_id = :client)
            order by 1, 2
            """;

    /**
     * One set-based statement per table, children before the enrollment they reference. Each returns what it deleted,
     * (id, type), so that the result can be checked against the plan record by record.
     */
    private static final List<String> DELETE_LEARNER_RECORDS = List.of(
            "delete from course_start_notice where enrollment_id = :enrollment returning id, 'COURSE_START_NOTICE'",
            "delete from portal_access where enrollment_id = :enrollment returning id, 'PORTAL_ACCESS'",
            "delete from elearning_access where enrollment_id = :enrollment returning id, 'ELEARNING_ACCESS'",
            "delete from attendance_signature where enrollment_id = :enrollment returning id, 'ATTENDANCE_SIGNATURE'",
            "delete from evaluation where enrollment_id = :enrollment returning id, 'EVALUATION'",
            "delete from certificate where enrollment_id = :enrollment returning id, kind");

    /** Only for an individual client: a company's documents belong to the company and stay. */
    private static final List<String> DELETE_CLIENT_DOCUMENTS = List.of(
            "delete from quote where session_id = :session and client_id = :client returning id, 'QUOTE'",
            "delete from crm_opportunity where session_id = :session and client_id = :client returning id, 'CRM_OPPORTUNITY'",
            "delete from training_contract where session_id = :session and client_id = :client returning id, 'TRAINING_CONTRACT'",
            "delete from invoice where session_id = :session and client_id = :client returning id, 'INVOICE'");

    @Inject
    EntityManager em;

    /** The enrollment of a learner in a session; with {@code lock}, locked until the transaction ends. */
    Optional<EnrollmentEntity> enrollmentOfLearner(long sessionPk, long learnerPk, boolean lock) {
        return enrollment("session_id = :session and learner_id = :other", sessionPk, learnerPk, lock);
    }

    /** The enrollment of an individual client in a session; with {@code lock}, locked until the transaction ends. */
    Optional<EnrollmentEntity> enrollmentOfClient(long sessionPk, long clientPk, boolean lock) {
        return enrollment("session_id = :session and client_id = :other", sessionPk, clientPk, lock);
    }

    private Optional<EnrollmentEntity> enrollment(String condition, long sessionPk, long otherPk, boolean lock) {
        // FOR UPDATE: a second removal of the same enrollment waits here, then finds it gone (NOT_ENROLLED); and the
        // foreign-key checks of new artifacts for this enrollment wait too, so none slips in between plan and delete.
        @SuppressWarnings("unchecked")
        List<EnrollmentEntity> found = em.createNativeQuery(
                "select * from enrollment where " + condition + (lock ? " for update" : ""), EnrollmentEntity.class)
                .setParameter("session", sessionPk)
                .setParameter("other", otherPk)
                .getResultList();
        return found.stream().findFirst();
    }

    RemovalPlan plan(EnrollmentEntity enrollment) {
        TrainingSessionEntity session = em.find(TrainingSessionEntity.class, enrollment.sessionId);
        LearnerEntity learner = em.find(LearnerEntity.class, enrollment.learnerId);
        ClientEntity client = em.find(ClientEntity.class, enrollment.clientId);
        RemovalKind kind = client.kind.isIndividual() ? RemovalKind.INDIVIDUAL_CLIENT : RemovalKind.COMPANY_LEARNER;

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PLAN)
                .setParameter("enrollment", enrollment.id)
                .setParameter("session", enrollment.sessionId)
                .setParameter("client", enrollment.clientId)
                .setParameter("learner", enrollment.learnerId)
                .setParameter("individual", kind == RemovalKind.INDIVIDUAL_CLIENT)
                .getResultList();
        String enrollmentVersion = null;
        Map<ArtifactType, List<PlannedRecord>> records = new EnumMap<>(ArtifactType.class);
        for (Object[] row : rows) {
            String type = (String) row[0];
            long pk = ((Number) row[1]).longValue();
            if (type.equals("ENROLLMENT")) {
                enrollmentVersion = (String) row[6];
                continue;
            }
            ArtifactType artifactType = ArtifactType.valueOf(type);
            records.computeIfAbsent(artifactType, t -> new ArrayList<>()).add(PlannedRecord.of(artifactType, pk,
                    (String) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6], session.name));
        }
        return new RemovalPlan(enrollment.id, enrollmentVersion, kind, TrainingSession.of(session),
                Learner.of(learner), Client.of(client), records);
    }

    /**
     * Deletes what the plan lists, table by table, then the enrollment. Returns false, having deleted some records,
     * when any statement deleted other records than planned: the caller must then roll back.
     */
    boolean execute(RemovalPlan plan) {
        Map<ArtifactType, Set<Long>> deleted = new EnumMap<>(ArtifactType.class);
        plan.deletedPks().keySet().forEach(type -> deleted.put(type, new HashSet<>()));
        for (String statement : DELETE_LEARNER_RECORDS) {
            collect(deleted, em.createNativeQuery(statement).setParameter("enrollment", plan.enrollmentPk()));
        }
        if (plan.kind() == RemovalKind.INDIVIDUAL_CLIENT) {
            for (String statement : DELETE_CLIENT_DOCUMENTS) {
                collect(deleted, em.createNativeQuery(statement)
                        .setParameter("session", plan.session().pk())
                        .setParameter("client", plan.client().pk()));
            }
        }
        int enrollments = em.createNativeQuery("delete from enrollment where id = :enrollment")
                .setParameter("enrollment", plan.enrollmentPk())
                .executeUpdate();
        return enrollments == 1 && deleted.equals(plan.deletedPks());
    }

    private static void collect(Map<ArtifactType, Set<Long>> deleted, Query statement) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statement.getResultList();
        for (Object[] row : rows) {
            deleted.computeIfAbsent(ArtifactType.valueOf((String) row[1]), type -> new HashSet<>())
                    .add(((Number) row[0]).longValue());
        }
    }
}
