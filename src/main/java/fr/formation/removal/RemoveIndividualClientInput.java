package fr.formation.removal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RemoveIndividualClientInput")
@Description("Which private-individual or self-employed client to remove from which session.")
public record RemoveIndividualClientInput(
        @Id @NonNull @Description("The session.") String sessionId,
        @Id @NonNull @Description("The client (a PRIVATE_INDIVIDUAL or SELF_EMPLOYED one).") String clientId,
        @Description("The version of the preview the user confirmed; the removal is refused with STALE_PREVIEW if it "
                + "no longer matches.") String expectedVersion,
        @Description("Why the client is removed; kept in the audit record. At most "
                + RemovalService.MAX_REASON_LENGTH + " characters.") String reason,
        @Description("Echoed in the payload (Relay).") String clientMutationId) {
}
