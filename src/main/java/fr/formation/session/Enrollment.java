package fr.formation.session;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.GlobalId;
import fr.formation.common.Node;

/** An enrollment; its session, learner and client are resolved in batches. */
@Type("Enrollment")
@Description("A learner's place in one session, through one client.")
public record Enrollment(
        @Ignore long pk,
        @Ignore long sessionPk,
        @Ignore long learnerPk,
        @Ignore long clientPk) implements Node {

    public static final String TYPE = "Enrollment";

    public static Enrollment of(EnrollmentEntity entity) {
        return new Enrollment(entity.id, entity.sessionId, entity.learnerId, entity.clientId);
    }

    @Override
    @Id
    @NonNull
    @Description("The global id (Relay).")
    public String getId() {
        return GlobalId.of(TYPE, pk);
    }
}
