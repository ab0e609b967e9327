package fr.formation.learner;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LearnerEdge")
@Description("A learner in a page of learners, with its cursor.")
public record LearnerEdge(
        @NonNull @Description("Pass it as `after` to get the learners that follow this one.") String cursor,
        @NonNull @Description("The learner.") Learner node) {
}
