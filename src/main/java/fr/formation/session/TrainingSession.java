package fr.formation.session;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.GlobalId;
import fr.formation.common.Node;

/** A training session, as the API shows it. */
@Type("TrainingSession")
@Description("A training session: its dates and time slots, and the learners enrolled in it through their clients.")
public record TrainingSession(
        @Ignore long pk,
        @NonNull @Description("The session's name, e.g. \"Excel advanced\".") String name,
        @NonNull @Description("The first day of the session.") LocalDate startDate,
        @NonNull @Description("The last day of the session.") LocalDate endDate) implements Node {

    public static final String TYPE = "TrainingSession";

    public static TrainingSession of(TrainingSessionEntity entity) {
        return new TrainingSession(entity.id, entity.name, entity.startDate, entity.endDate);
    }

    @Override
    @Id
    @NonNull
    @Description("The global id (Relay).")
    public String getId() {
        return GlobalId.of(TYPE, pk);
    }
}
