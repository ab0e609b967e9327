package fr.formation.session;

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

/** Sessions, their dates and enrollments. Nested fields are batch resolvers: one query per field per page. */
@GraphQLApi
@ErrorBoundary
@RolesAllowed({ Roles.VIEWER, Roles.ADMIN })
public class SessionGraphQLApi {

    @Inject
    SessionService sessions;

    @Query("sessions")
    @Description("Training sessions, newest start date first, cursor-paginated (Relay connection). "
            + "`first` is at most " + PageRequest.MAX_FIRST + ".")
    public @NonNull TrainingSessionConnection sessions(
            @Name("first") @DefaultValue("20") Integer first,
            @Name("after") String after,
            @Name("filter") SessionFilter filter) {
        return sessions.sessions(PageRequest.of(SessionService.CONNECTION, first, after), filter);
    }

    @Query("session")
    @Description("A training session by its id; null when there is none.")
    public TrainingSession session(@Name("id") @NonNull @Id String id) {
        return sessions.byId(GlobalId.parse("id", id, TrainingSession.TYPE)).orElse(null);
    }

    @Description("The dates and time slots of the session (the Learners / Dates tab).")
    public List<@NonNull List<@NonNull SessionDate>> dates(@Source List<TrainingSession> page) {
        return Batches.lists(page, TrainingSession::pk, sessions.datesOf(page.stream().map(TrainingSession::pk).toList()));
    }

    @Description("Every learner in the session, each with the client they attend for.")
    public List<@NonNull List<@NonNull Enrollment>> enrollments(@Source List<TrainingSession> page) {
        return Batches.lists(page, TrainingSession::pk,
                sessions.enrollmentsOfSessions(page.stream().map(TrainingSession::pk).toList()));
    }

    @Description("The clients that the session's learners attend for.")
    public List<@NonNull List<@NonNull Client>> clients(@Source List<TrainingSession> page) {
        return Batches.lists(page, TrainingSession::pk, sessions.clientsOf(page.stream().map(TrainingSession::pk).toList()));
    }

    @Description("The session.")
    public List<@NonNull TrainingSession> session(@Source List<Enrollment> enrollments) {
        return Batches.single(enrollments, Enrollment::sessionPk,
                sessions.byIds(enrollments.stream().map(Enrollment::sessionPk).toList()));
    }
}
