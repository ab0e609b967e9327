package fr.formation.removal;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RemovalPayload")
@Description("The result of a removal mutation: the removal, or why it was refused.")
public record RemovalPayload(
        @Description("Null when userErrors is not empty; then nothing was changed.") Removal removal,
        @NonNull @Description("Why the removal was refused; empty when it was made.") List<@NonNull UserError> userErrors,
        @Description("The clientMutationId of the input, echoed (Relay).") String clientMutationId) {

    static RemovalPayload done(Removal removal, String clientMutationId) {
        return new RemovalPayload(removal, List.of(), clientMutationId);
    }

    static RemovalPayload refused(UserError error, String clientMutationId) {
        return new RemovalPayload(null, List.of(error), clientMutationId);
    }
}
