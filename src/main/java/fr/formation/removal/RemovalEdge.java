package fr.formation.removal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RemovalEdge")
@Description("A removal in a page of removals, with its cursor.")
public record RemovalEdge(
        @NonNull @Description("Pass it as `after` to get the removals that follow this one.") String cursor,
        @NonNull @Description("The removal.") Removal node) {
}
