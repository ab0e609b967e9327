package fr.formation.client;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What kind of client a learner attends for; it decides which removal applies. */
@Enum("ClientKind")
@Description("What kind of client a learner attends for. COMPANY learners are removed with removeCompanyLearner; "
        + "the others with removeIndividualClient.")
public enum ClientKind {
    COMPANY,
    PRIVATE_INDIVIDUAL,
    SELF_EMPLOYED;

    public boolean isIndividual() {
        return this != COMPANY;
    }
}
