package fr.formation.removal;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.PageInfo;

@Type("RemovalConnection")
@Description("A page of removals, newest first (Relay connection).")
public record RemovalConnection(
        @NonNull @Description("The removals of this page.") List<@NonNull RemovalEdge> edges,
        @NonNull @Description("Where this page stands.") PageInfo pageInfo,
        @NonNull @Description("How many removals match, over all pages.") int totalCount) {
}
