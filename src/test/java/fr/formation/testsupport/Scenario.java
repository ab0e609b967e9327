package fr.formation.testsupport;

import java.util.List;

import fr.formation.client.ClientEntity;
import fr.formation.learner.LearnerEntity;
import fr.formation.session.EnrollmentEntity;
import fr.formation.session.TrainingSessionEntity;

/**
 * The situation of the help article, built fresh for one test: a session with a company client and three of its
 * learners, a private individual and a self-employed client; every enrollment with one record of every learner
 * artifact type; each client with its commercial documents; a second session where the first company learner and
 * the private individual have records too; two emails per learner, one about the session.
 */
public record Scenario(
        TrainingSessionEntity session,
        ClientEntity company,
        List<LearnerEntity> companyLearners,
        List<EnrollmentEntity> companyEnrollments,
        LearnerEntity privateLearner,
        ClientEntity privateClient,
        EnrollmentEntity privateEnrollment,
        LearnerEntity selfEmployedLearner,
        ClientEntity selfEmployedClient,
        EnrollmentEntity selfEmployedEnrollment,
        TrainingSessionEntity otherSession,
        EnrollmentEntity otherCompanyEnrollment,
        EnrollmentEntity otherPrivateEnrollment) {
}
