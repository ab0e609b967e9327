package fr.formation.learner;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.GlobalId;
import fr.formation.common.Node;

/** A learner of the organisation, as the API shows it. */
@Type("Learner")
@Description("A person who attends training sessions. A removal never deletes a learner.")
public record Learner(
        @Ignore long pk,
        @NonNull @Description("First name.") String firstName,
        @NonNull @Description("Last name.") String lastName,
        @Ignore String email) implements Node {

    public static final String TYPE = "Learner";

    public static Learner of(LearnerEntity entity) {
        return new Learner(entity.id, entity.firstName, entity.lastName, entity.email);
    }

    @Override
    @Id
    @NonNull
    @Description("The global id (Relay).")
    public String getId() {
        return GlobalId.of(TYPE, pk);
    }
}
