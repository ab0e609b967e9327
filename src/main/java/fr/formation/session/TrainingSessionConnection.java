package fr.formation.session;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.PageInfo;

@Type("TrainingSessionConnection")
@Description("A page of training sessions (Relay connection).")
public record TrainingSessionConnection(
        @NonNull @Description("The sessions of this page.") List<@NonNull TrainingSessionEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo,
        @NonNull @Description("How many sessions match the filter, over all pages.") int totalCount) {
}
