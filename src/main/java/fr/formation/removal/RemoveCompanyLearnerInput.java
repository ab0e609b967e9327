package fr.formation.removal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RemoveCompanyLearnerInput")
@Description("Which learner to remove from which session, for a learner attending for a company client.")
public record RemoveCompanyLearnerInput(
        @Id @NonNull @Description("The session.") String sessionId,
        @Id @NonNull @Description("The learner.") String learnerId,
        @Description("The version of the preview the user confirmed; the removal is refused with STALE_PREVIEW if it "
                + "no longer matches.") String expectedVersion,
        @Description("Why the learner is removed; kept in the audit record. At most "
                + RemovalService.MAX_REASON_LENGTH + " characters.") String reason,
        @Description("Echoed in the payload (Relay).") String clientMutationId) {
}
