package fr.formation.removal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RemovalKind")
@Description("Which removal applies: a learner attending for a company (removeCompanyLearner), or a private individual "
        + "or self-employed client together with their learner (removeIndividualClient).")
public enum RemovalKind {
    COMPANY_LEARNER,
    INDIVIDUAL_CLIENT
}
