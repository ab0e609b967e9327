package fr.formation.session;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TrainingSessionEdge")
@Description("A session in a page of sessions, with its cursor.")
public record TrainingSessionEdge(
        @NonNull @Description("Pass it as `after` to get the sessions that follow this one.") String cursor,
        @NonNull @Description("The session.") TrainingSession node) {
}
