package fr.formation.removal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RemovalCaller")
@Description("Who made a removal, as their token named them.")
public record RemovalCaller(
        @NonNull @Description("The token's subject: the person's stable id at the identity provider.") String subject,
        @Description("The token's preferred username.") String username) {
}
