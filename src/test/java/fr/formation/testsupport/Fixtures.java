package fr.formation.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.formation.artifact.CertificateEntity;
import fr.formation.artifact.CourseStartNoticeEntity;
import fr.formation.artifact.CrmOpportunityEntity;
import fr.formation.artifact.ElearningAccessEntity;
import fr.formation.artifact.EvaluationEntity;
import fr.formation.artifact.InvoiceEntity;
import fr.formation.artifact.PortalAccessEntity;
import fr.formation.artifact.QuoteEntity;
import fr.formation.artifact.TrainingContractEntity;
import fr.formation.client.ClientEntity;
import fr.formation.client.ClientKind;
import fr.formation.common.GlobalId;
import fr.formation.learner.EmailMessageEntity;
import fr.formation.learner.LearnerEntity;
import fr.formation.session.EnrollmentEntity;
import fr.formation.session.SessionDateEntity;
import fr.formation.session.TrainingSessionEntity;

/**
 * Builds the data a test needs, each record with a unique name so that tests never see each other's data.
 * Every method commits its own transaction, as the data of a real organisation would be there before a request.
 */
@ApplicationScoped
public class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    public static final OffsetDateTime SENT = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    EntityManager em;

    /** A token no other test uses, to name and to search for a test's own records. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String id(String type, Long pk) {
        return GlobalId.of(type, pk);
    }

    @Transactional
    public TrainingSessionEntity session(String name, LocalDate start, LocalDate end) {
        TrainingSessionEntity session = new TrainingSessionEntity();
        session.name = name;
        session.startDate = start;
        session.endDate = end;
        session.persist();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            SessionDateEntity date = new SessionDateEntity();
            date.sessionId = session.id;
            date.day = day;
            date.startTime = LocalTime.of(9, 0);
            date.endTime = LocalTime.of(17, 0);
            date.persist();
        }
        return session;
    }

    @Transactional
    public LearnerEntity learner(String firstName, String lastName) {
        LearnerEntity learner = new LearnerEntity();
        learner.firstName = firstName;
        learner.lastName = lastName;
        learner.email = (firstName + "." + lastName).toLowerCase().replace(' ', '-') + SEQUENCE.incrementAndGet()
                + "@example.org";
        learner.persist();
        return learner;
    }

    @Transactional
    public ClientEntity company(String name) {
        ClientEntity client = new ClientEntity();
        client.kind = ClientKind.COMPANY;
        client.name = name;
        client.persist();
        return client;
    }

    /** A private individual or self-employed client: the learner themselves. */
    @Transactional
    public ClientEntity individual(LearnerEntity learner, ClientKind kind) {
        ClientEntity client = new ClientEntity();
        client.kind = kind;
        client.name = learner.firstName + " " + learner.lastName;
        client.learnerId = learner.id;
        client.persist();
        return client;
    }

    @Transactional
    public EnrollmentEntity enroll(TrainingSessionEntity session, LearnerEntity learner, ClientEntity client) {
        EnrollmentEntity enrollment = new EnrollmentEntity();
        enrollment.sessionId = session.id;
        enrollment.learnerId = learner.id;
        enrollment.clientId = client.id;
        enrollment.persist();
        return enrollment;
    }

    /**
     * One record of every learner artifact type (two eLearning accesses), and {@code signatures} attendance
     * signatures, on as many half-days of the session as needed (dates are added to the session when it is short).
     */
    @Transactional
    public void learnerRecords(EnrollmentEntity enrollment, int signatures) {
        CourseStartNoticeEntity notice = new CourseStartNoticeEntity();
        notice.enrollmentId = enrollment.id;
        notice.sentAt = SENT;
        notice.persist();
        PortalAccessEntity portal = new PortalAccessEntity();
        portal.enrollmentId = enrollment.id;
        portal.login = "login-" + enrollment.id;
        portal.grantedAt = SENT;
        portal.persist();
        for (String module : new String[] { "Module 1", "Module 2" }) {
            ElearningAccessEntity access = new ElearningAccessEntity();
            access.enrollmentId = enrollment.id;
            access.moduleName = module;
            access.grantedAt = SENT;
            access.persist();
        }
        EvaluationEntity evaluation = new EvaluationEntity();
        evaluation.enrollmentId = enrollment.id;
        evaluation.title = "Placement test";
        evaluation.submittedAt = SENT;
        evaluation.score = new BigDecimal("14.50");
        evaluation.persist();
        for (String kind : new String[] { "CERTIFICATE_OF_ATTENDANCE", "CERTIFICATE_OF_ACHIEVEMENT", "DIPLOMA" }) {
            CertificateEntity certificate = new CertificateEntity();
            certificate.enrollmentId = enrollment.id;
            certificate.kind = kind;
            certificate.issuedOn = LocalDate.of(2026, 11, 20);
            certificate.persist();
        }
        signatures(enrollment, signatures);
    }

    /** Adds attendance signatures, AM and PM of successive dates; adds session dates where the session is short. */
    @Transactional
    public void signatures(EnrollmentEntity enrollment, int count) {
        long existing = ((Number) em.createNativeQuery("select count(*) from attendance_signature where enrollment_id = :e")
                .setParameter("e", enrollment.id).getSingleResult()).longValue();
        int days = (int) ((existing + count + 1) / 2);
        em.createNativeQuery("""
                insert into session_date (session_id, day, start_time, end_time)
                select :session, (select max(day) from session_date where session_id = :session) + g, '09:00', '17:00'
                from generate_series(1, :missing) g
                """)
                .setParameter("session", enrollment.sessionId)
                .setParameter("missing", Math.max(0, days - dateCount(enrollment.sessionId)))
                .executeUpdate();
        em.createNativeQuery("""
                insert into attendance_signature (enrollment_id, session_date_id, half_day, signed_at)
                select :enrollment, d.id, h.half_day, now()
                from (select id, row_number() over (order by day, id) as n from session_date where session_id = :session) d
                cross join (values ('AM'), ('PM')) as h(half_day)
                where not exists (select 1 from attendance_signature s
                                  where s.enrollment_id = :enrollment and s.session_date_id = d.id and s.half_day = h.half_day)
                order by d.n, h.half_day
                limit :count
                """)
                .setParameter("enrollment", enrollment.id)
                .setParameter("session", enrollment.sessionId)
                .setParameter("count", count)
                .executeUpdate();
    }

    private int dateCount(long sessionPk) {
        return ((Number) em.createNativeQuery("select count(*) from session_date where session_id = :session")
                .setParameter("session", sessionPk).getSingleResult()).intValue();
    }

    /** A client's commercial documents for a session: quote, opportunity, contract, a draft and a paid invoice. */
    @Transactional
    public void commercialDocuments(TrainingSessionEntity session, ClientEntity client) {
        long n = SEQUENCE.incrementAndGet();
        QuoteEntity quote = new QuoteEntity();
        quote.sessionId = session.id;
        quote.clientId = client.id;
        quote.number = "Q-T" + n;
        quote.amount = new BigDecimal("1450.00");
        quote.status = "ACCEPTED";
        quote.createdOn = LocalDate.of(2026, 10, 1);
        quote.persist();
        CrmOpportunityEntity opportunity = new CrmOpportunityEntity();
        opportunity.sessionId = session.id;
        opportunity.clientId = client.id;
        opportunity.title = "Opportunity " + n;
        opportunity.stage = "WON";
        opportunity.amount = new BigDecimal("1450.00");
        opportunity.persist();
        TrainingContractEntity contract = new TrainingContractEntity();
        contract.sessionId = session.id;
        contract.clientId = client.id;
        contract.number = "TC-T" + n;
        contract.persist();
        invoice(session, client, "F-T" + n + "-D", "DRAFT");
        invoice(session, client, "F-T" + n + "-P", "PAID");
    }

    @Transactional
    public InvoiceEntity invoice(TrainingSessionEntity session, ClientEntity client, String number, String status) {
        InvoiceEntity invoice = new InvoiceEntity();
        invoice.sessionId = session.id;
        invoice.clientId = client.id;
        invoice.number = number;
        invoice.amount = new BigDecimal("725.00");
        invoice.status = status;
        invoice.issuedOn = status.equals("DRAFT") ? null : LocalDate.of(2026, 11, 30);
        invoice.persist();
        return invoice;
    }

    @Transactional
    public EmailMessageEntity email(LearnerEntity learner, ClientEntity client, TrainingSessionEntity session,
            String subject, OffsetDateTime sentAt) {
        EmailMessageEntity email = new EmailMessageEntity();
        email.learnerId = learner.id;
        email.clientId = client == null ? null : client.id;
        email.sessionId = session == null ? null : session.id;
        email.subject = subject;
        email.sentAt = sentAt;
        email.persist();
        return email;
    }

    /** The help article's situation (see {@link Scenario}), with {@code signatures} signatures per enrollment. */
    public Scenario scenario(int signatures) {
        String name = unique("Excel advanced");
        TrainingSessionEntity session = session(name, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2));
        TrainingSessionEntity other = session(unique("Power BI"), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 12));
        ClientEntity company = company(unique("Acme"));
        commercialDocuments(session, company);
        List<LearnerEntity> learners = List.of(learner("Camille", "Bernard"), learner("Hugo", "Lefebvre"),
                learner("Léa", "Moreau"));
        List<EnrollmentEntity> enrollments = learners.stream().map(learner -> enroll(session, learner, company)).toList();
        enrollments.forEach(enrollment -> learnerRecords(enrollment, signatures));

        LearnerEntity privateLearner = learner("Claire", "Martin");
        ClientEntity privateClient = individual(privateLearner, ClientKind.PRIVATE_INDIVIDUAL);
        EnrollmentEntity privateEnrollment = enroll(session, privateLearner, privateClient);
        learnerRecords(privateEnrollment, signatures);
        commercialDocuments(session, privateClient);

        LearnerEntity selfEmployedLearner = learner("Julien", "Petit");
        ClientEntity selfEmployedClient = individual(selfEmployedLearner, ClientKind.SELF_EMPLOYED);
        EnrollmentEntity selfEmployedEnrollment = enroll(session, selfEmployedLearner, selfEmployedClient);
        learnerRecords(selfEmployedEnrollment, signatures);
        commercialDocuments(session, selfEmployedClient);

        EnrollmentEntity otherCompany = enroll(other, learners.get(0), company);
        learnerRecords(otherCompany, 2);
        commercialDocuments(other, company);
        EnrollmentEntity otherPrivate = enroll(other, privateLearner, privateClient);
        learnerRecords(otherPrivate, 2);
        commercialDocuments(other, privateClient);

        for (LearnerEntity learner : List.of(learners.get(0), learners.get(1), learners.get(2), privateLearner,
                selfEmployedLearner)) {
            ClientEntity client = learner == privateLearner ? privateClient
                    : learner == selfEmployedLearner ? selfEmployedClient : company;
            email(learner, client, session, "Course start notice: " + name, SENT.plusDays(1));
            email(learner, client, null, "Welcome", SENT);
        }
        return new Scenario(session, company, learners, enrollments, privateLearner, privateClient, privateEnrollment,
                selfEmployedLearner, selfEmployedClient, selfEmployedEnrollment, other, otherCompany, otherPrivate);
    }

    /** Runs SQL in its own transaction, e.g. to change a record behind the API's back. */
    @Transactional
    public int sql(String statement) {
        return em.createNativeQuery(statement).executeUpdate();
    }

    /** A number from SQL, e.g. a count. */
    @Transactional
    public long number(String query) {
        return ((Number) em.createNativeQuery(query).getSingleResult()).longValue();
    }
}
