package fr.formation.learner;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.PageInfo;

@Type("LearnerConnection")
@Description("A page of learners (Relay connection).")
public record LearnerConnection(
        @NonNull @Description("The learners of this page.") List<@NonNull LearnerEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo,
        @NonNull @Description("How many learners match, over all pages.") int totalCount) {
}
