package fr.formation.removal;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.formation.client.Client;
import fr.formation.client.ClientEntity;
import fr.formation.common.ApiException;
import fr.formation.common.GlobalId;
import fr.formation.learner.Learner;
import fr.formation.learner.LearnerEntity;
import fr.formation.session.EnrollmentEntity;
import fr.formation.session.TrainingSession;
import fr.formation.session.TrainingSessionEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Removing a learner from a session (removal-rules.md). Each mutation is one transaction: lock the enrollment,
 * plan under the lock, check the confirmed version, delete exactly the plan, write the audit record. A refusal
 * rolls the transaction back, so nothing is ever half done.
 */
@ApplicationScoped
public class RemovalService {

    /** The longest reason kept in the audit record (the column's size). */
    public static final int MAX_REASON_LENGTH = 1000;

    @Inject
    EntityManager em;

    @Inject
    RemovalPlanner planner;

    @Inject
    RemovalAudit audit;

    /** The caller's verified token; the API lets only admins reach the removals. */
    @Inject
    JsonWebToken token;

    /** What removing the learner from the session would do; fails with a query error when it cannot apply. */
    @Transactional
    public RemovalPreview preview(String sessionId, String learnerId) {
        long sessionPk = GlobalId.parse("sessionId", sessionId, TrainingSession.TYPE);
        long learnerPk = GlobalId.parse("learnerId", learnerId, Learner.TYPE);
        EnrollmentEntity enrollment = planner.enrollmentOfLearner(sessionPk, learnerPk, false).orElseThrow(() -> {
            UserError why = whyNotEnrolled(sessionPk, "sessionId", learnerPk, "learnerId", LearnerEntity.class);
            return new ApiException(why.code().name(), why.message());
        });
        RemovalPlan plan = planner.plan(enrollment);
        return new RemovalPreview(plan.kind(), plan.session(), plan.learner(), plan.client(), plan.deletions(),
                plan.preserved(), plan.totalDeletions(), plan.warnings(), plan.version());
    }

    @Transactional
    public RemovalPayload removeCompanyLearner(RemoveCompanyLearnerInput input) {
        try {
            long sessionPk = inputId("sessionId", input.sessionId(), TrainingSession.TYPE);
            long learnerPk = inputId("learnerId", input.learnerId(), Learner.TYPE);
            checkReason(input.reason());
            EnrollmentEntity enrollment = planner.enrollmentOfLearner(sessionPk, learnerPk, true).orElseThrow(
                    () -> new Refusal(whyNotEnrolled(sessionPk, "sessionId", learnerPk, "learnerId", LearnerEntity.class)));
            ClientEntity client = em.find(ClientEntity.class, enrollment.clientId);
            if (client.kind.isIndividual()) {
                throw refusal(RemovalErrorCode.WRONG_CLIENT_KIND, "learnerId", "The learner attends for a "
                        + client.kind + " client, not a company: use removeIndividualClient with clientId "
                        + GlobalId.of(Client.TYPE, client.id) + ".");
            }
            return RemovalPayload.done(remove(enrollment, input.expectedVersion(), input.reason()),
                    input.clientMutationId());
        } catch (Refusal refusal) {
            QuarkusTransaction.setRollbackOnly();
            return RemovalPayload.refused(refusal.error, input.clientMutationId());
        }
    }

    @Transactional
    public RemovalPayload removeIndividualClient(RemoveIndividualClientInput input) {
        try {
            long sessionPk = inputId("sessionId", input.sessionId(), TrainingSession.TYPE);
            long clientPk = inputId("clientId", input.clientId(), Client.TYPE);
            checkReason(input.reason());
            Optional<EnrollmentEntity> enrollment = planner.enrollmentOfClient(sessionPk, clientPk, true);
            ClientEntity client = em.find(ClientEntity.class, clientPk);
            if (client != null && !client.kind.isIndividual()) {
                throw refusal(RemovalErrorCode.WRONG_CLIENT_KIND, "clientId", "The client is a company: remove its "
                        + "learners one by one with removeCompanyLearner.");
            }
            EnrollmentEntity found = enrollment.orElseThrow(
                    () -> new Refusal(whyNotEnrolled(sessionPk, "sessionId", clientPk, "clientId", ClientEntity.class)));
            return RemovalPayload.done(remove(found, input.expectedVersion(), input.reason()), input.clientMutationId());
        } catch (Refusal refusal) {
            QuarkusTransaction.setRollbackOnly();
            return RemovalPayload.refused(refusal.error, input.clientMutationId());
        }
    }

    /** Plans under the enrollment's lock, checks the confirmed version, deletes exactly the plan and records it. */
    private Removal remove(EnrollmentEntity enrollment, String expectedVersion, String reason) {
        RemovalPlan plan = planner.plan(enrollment);
        if (expectedVersion != null && !expectedVersion.equals(plan.version())) {
            throw refusal(RemovalErrorCode.STALE_PREVIEW, "expectedVersion", "What this removal would delete has "
                    + "changed since the preview you confirmed; nothing was removed. Preview again.");
        }
        if (!planner.execute(plan)) {
            throw refusal(RemovalErrorCode.STALE_PREVIEW, null, "The records changed while removing; nothing was "
                    + "removed. Preview again.");
        }
        return audit.record(plan, reason, new RemovalCaller(token.getSubject(), token.getClaim("preferred_username")));
    }

    /** Why there is no enrollment: the session, the learner or client, or only the enrollment is missing. */
    private UserError whyNotEnrolled(long sessionPk, String sessionField, long otherPk, String otherField,
            Class<?> otherEntity) {
        if (em.find(TrainingSessionEntity.class, sessionPk) == null) {
            return error(RemovalErrorCode.SESSION_NOT_FOUND, sessionField, "There is no session with this id.");
        }
        if (em.find(otherEntity, otherPk) == null) {
            return otherEntity == LearnerEntity.class
                    ? error(RemovalErrorCode.LEARNER_NOT_FOUND, otherField, "There is no learner with this id.")
                    : error(RemovalErrorCode.CLIENT_NOT_FOUND, otherField, "There is no client with this id.");
        }
        return error(RemovalErrorCode.NOT_ENROLLED, otherField, otherEntity == LearnerEntity.class
                ? "The learner is not enrolled in this session (or was just removed from it)."
                : "The client has no learner enrolled in this session (or was just removed from it).");
    }

    private static long inputId(String field, String id, String type) {
        try {
            return GlobalId.parse(field, id, type);
        } catch (ApiException e) {
            throw refusal(RemovalErrorCode.INVALID_INPUT, field, e.getMessage().replace("Argument", "Field"));
        }
    }

    private static void checkReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw refusal(RemovalErrorCode.INVALID_INPUT, "reason",
                    "The reason must be at most " + MAX_REASON_LENGTH + " characters.");
        }
    }

    private static Refusal refusal(RemovalErrorCode code, String field, String message) {
        return new Refusal(error(code, field, message));
    }

    private static UserError error(RemovalErrorCode code, String field, String message) {
        return new UserError(field == null ? null : List.of("input", field), message, code);
    }

    /** A refusal found part-way: unwinds to the mutation, which rolls back and reports it. */
    private static final class Refusal extends RuntimeException {
        final UserError error;

        Refusal(UserError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
