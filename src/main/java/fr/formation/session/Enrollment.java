package fr.formation.session;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.client.Client;
import fr.formation.client.ClientEntity;
import fr.formation.common.GlobalId;
import fr.formation.common.Node;
import fr.formation.learner.Learner;
import fr.formation.learner.LearnerEntity;

/**
 * An enrollment, read together with its learner and client (one join, where a page shows them all); its session is
 * resolved in batches.
 */
@Type("Enrollment")
@Description("A learner's place in one session, through one client.")
public record Enrollment(
        @Ignore long pk,
        @Ignore long sessionPk,
        @NonNull @Description("The learner.") Learner learner,
        @NonNull @Description("The client the learner attends for.") Client client) implements Node {

    public static final String TYPE = "Enrollment";

    public static Enrollment of(EnrollmentEntity entity, LearnerEntity learner, ClientEntity client) {
        return new Enrollment(entity.id, entity.sessionId, Learner.of(learner), Client.of(client));
    }

    public long learnerPk() {
        return learner.pk();
    }

    @Override
    @Id
    @NonNull
    @Description("The global id (Relay).")
    public String getId() {
        return GlobalId.of(TYPE, pk);
    }
}
