package fr.formation.learner;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import fr.formation.client.Client;
import fr.formation.common.Batches;
import fr.formation.common.ErrorBoundary;
import fr.formation.common.GlobalId;
import fr.formation.common.PageRequest;
import fr.formation.common.security.Roles;
import fr.formation.session.Enrollment;
import fr.formation.session.SessionService;
import fr.formation.session.TrainingSession;

/** Learners, their enrollments and email history; a client's learner. */
@GraphQLApi
@ErrorBoundary
@RolesAllowed({ Roles.VIEWER, Roles.ADMIN })
public class LearnerGraphQLApi {

    @Inject
    LearnerService learners;

    @Inject
    SessionService sessions;

    @Query("learners")
    @Description("Learners of the organisation, by last name then first name, cursor-paginated. `search` matches "
            + "first name, last name or email, case-insensitively. `first` is at most " + PageRequest.MAX_FIRST + ".")
    public @NonNull LearnerConnection learners(
            @Name("first") @DefaultValue("20") Integer first,
            @Name("after") String after,
            @Name("search") String search) {
        return learners.learners(PageRequest.of(LearnerService.CONNECTION, first, after), search);
    }

    @Query("learner")
    @Description("A learner by id; null when there is none. A learner removed from a session is still here.")
    public Learner learner(@Name("id") @NonNull @Id String id) {
        return learners.byId(GlobalId.parse("id", id, Learner.TYPE)).orElse(null);
    }

    @Description("The learner's enrollments, newest session first.")
    public List<@NonNull List<@NonNull Enrollment>> enrollments(@Source List<Learner> page) {
        return Batches.lists(page, Learner::pk, sessions.enrollmentsOfLearners(page.stream().map(Learner::pk).toList()));
    }

    @Description("Email address. Personal data: admin only.")
    @RolesAllowed(Roles.ADMIN)
    public @NonNull String email(@Source Learner learner) {
        return learner.email();
    }

    @Description("Every email sent to this learner, newest first. Never deleted by a removal. Personal data: admin only.")
    @RolesAllowed(Roles.ADMIN)
    public List<@NonNull List<@NonNull EmailMessage>> emailHistory(@Source List<Learner> page) {
        return Batches.lists(page, Learner::pk, learners.emailHistories(page.stream().map(Learner::pk).toList()));
    }

    @Description("The session the email was about, if any. Still set after the learner is removed from it.")
    @RolesAllowed(Roles.ADMIN)
    public List<TrainingSession> session(@Source List<EmailMessage> emails) {
        return Batches.single(emails, EmailMessage::sessionPk,
                sessions.byIds(emails.stream().map(EmailMessage::sessionPk).filter(pk -> pk != null).toList()));
    }

    @Description("For PRIVATE_INDIVIDUAL and SELF_EMPLOYED clients: the person, who is also the learner. "
            + "Null for companies.")
    public List<Learner> learner(@Source List<Client> clients) {
        return Batches.single(clients, Client::learnerPk,
                learners.byIds(clients.stream().map(Client::learnerPk).filter(pk -> pk != null).toList()));
    }
}
