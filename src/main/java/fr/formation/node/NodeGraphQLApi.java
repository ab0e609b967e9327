package fr.formation.node;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import fr.formation.client.Client;
import fr.formation.client.ClientService;
import fr.formation.common.ApiException;
import fr.formation.common.ErrorBoundary;
import fr.formation.common.ErrorCodes;
import fr.formation.common.GlobalId;
import fr.formation.common.Node;
import fr.formation.common.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import fr.formation.learner.EmailMessage;
import fr.formation.learner.Learner;
import fr.formation.learner.LearnerService;
import fr.formation.removal.Removal;
import fr.formation.removal.RemovalAudit;
import fr.formation.session.Enrollment;
import fr.formation.session.SessionService;
import fr.formation.session.TrainingSession;

/** Relay's {@code node(id:)}: any object by its global id. */
@GraphQLApi
@ErrorBoundary
@RolesAllowed({ Roles.VIEWER, Roles.ADMIN })
public class NodeGraphQLApi {

    @Inject
    SessionService sessions;

    @Inject
    LearnerService learners;

    @Inject
    ClientService clients;

    @Inject
    RemovalAudit removals;

    @Inject
    SecurityIdentity caller;

    @Query("node")
    @Description("Any object by its global id (Relay); null when it does not exist.")
    public Node node(@Name("id") @NonNull @Id String id) {
        GlobalId globalId = GlobalId.parse("id", id);
        boolean adminOnly = globalId.type().equals(EmailMessage.TYPE) || globalId.type().equals(Removal.TYPE);
        if (adminOnly && !caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException();
        }
        Optional<? extends Node> node = switch (globalId.type()) {
            case TrainingSession.TYPE -> sessions.byId(globalId.pk());
            case Enrollment.TYPE -> sessions.enrollmentById(globalId.pk());
            case Learner.TYPE -> learners.byId(globalId.pk());
            case Client.TYPE -> clients.byId(globalId.pk());
            case EmailMessage.TYPE -> learners.emailById(globalId.pk());
            case Removal.TYPE -> removals.byId(globalId.pk());
            default -> throw new ApiException(ErrorCodes.INVALID_ID, "Argument 'id' is not the id of an object");
        };
        return node.orElse(null);
    }
}
