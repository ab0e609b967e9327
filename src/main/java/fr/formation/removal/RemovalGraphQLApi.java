package fr.formation.removal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import fr.formation.client.Client;
import fr.formation.client.ClientService;
import fr.formation.common.Batches;
import fr.formation.common.ErrorBoundary;
import fr.formation.common.GlobalId;
import fr.formation.common.PageRequest;
import fr.formation.common.security.Roles;
import fr.formation.learner.Learner;
import fr.formation.learner.LearnerService;
import fr.formation.session.SessionService;
import fr.formation.session.TrainingSession;

/** Removing a learner from a session: the preview, the two mutations, and the audit trail. */
@GraphQLApi
@ErrorBoundary
@RolesAllowed(Roles.ADMIN)
public class RemovalGraphQLApi {

    @Inject
    RemovalService removals;

    @Inject
    RemovalAudit audit;

    @Inject
    SessionService sessions;

    @Inject
    LearnerService learners;

    @Inject
    ClientService clients;

    @Query("removalPreview")
    @Description("What removing this learner from this session would delete and keep, without changing anything. "
            + "Fails with a GraphQL error (extensions.code) when the session or learner does not exist or the learner "
            + "is not in the session.")
    public @NonNull RemovalPreview removalPreview(
            @Name("sessionId") @NonNull @Id String sessionId,
            @Name("learnerId") @NonNull @Id String learnerId) {
        return removals.preview(sessionId, learnerId);
    }

    @Mutation("removeCompanyLearner")
    @Description("Remove a learner who attends for a company client. The learner stays in the database.")
    public @NonNull RemovalPayload removeCompanyLearner(@Name("input") @NonNull RemoveCompanyLearnerInput input) {
        return removals.removeCompanyLearner(input);
    }

    @Mutation("removeIndividualClient")
    @Description("Remove a private-individual or self-employed client (and so their learner) from a session. "
            + "The client stays in the database.")
    public @NonNull RemovalPayload removeIndividualClient(@Name("input") @NonNull RemoveIndividualClientInput input) {
        return removals.removeIndividualClient(input);
    }

    @Query("removals")
    @Description("The audit trail of removals, newest first, optionally for one session and/or one learner. "
            + "`first` is at most " + PageRequest.MAX_FIRST + ".")
    public @NonNull RemovalConnection removals(
            @Name("first") @DefaultValue("20") Integer first,
            @Name("after") String after,
            @Name("sessionId") @Id String sessionId,
            @Name("learnerId") @Id String learnerId) {
        Long sessionPk = sessionId == null ? null : GlobalId.parse("sessionId", sessionId, TrainingSession.TYPE);
        Long learnerPk = learnerId == null ? null : GlobalId.parse("learnerId", learnerId, Learner.TYPE);
        return audit.removals(PageRequest.of(RemovalAudit.CONNECTION, first, after), sessionPk, learnerPk);
    }

    @Description("The session the learner was removed from.")
    public List<@NonNull TrainingSession> session(@Source List<Removal> page) {
        return Batches.single(page, Removal::sessionPk, sessions.byIds(page.stream().map(Removal::sessionPk).toList()));
    }

    @Description("The learner who was removed. Still in the database.")
    public List<@NonNull Learner> learner(@Source List<Removal> page) {
        return Batches.single(page, Removal::learnerPk, learners.byIds(page.stream().map(Removal::learnerPk).toList()));
    }

    @Description("The client the learner attended for. Still in the database.")
    public List<@NonNull Client> client(@Source List<Removal> page) {
        return Batches.single(page, Removal::clientPk, clients.byIds(page.stream().map(Removal::clientPk).toList()));
    }
}
