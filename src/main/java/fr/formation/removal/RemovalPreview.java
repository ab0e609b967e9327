package fr.formation.removal;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.client.Client;
import fr.formation.learner.Learner;
import fr.formation.session.TrainingSession;

@Type("RemovalPreview")
@Description("What removing a learner from a session would delete and keep. Computed by the same code that performs "
        + "the removal, so the removal deletes exactly these records.")
public record RemovalPreview(
        @NonNull @Description("Which mutation applies: COMPANY_LEARNER → removeCompanyLearner, INDIVIDUAL_CLIENT → removeIndividualClient.") RemovalKind kind,
        @NonNull @Description("The session.") TrainingSession session,
        @NonNull @Description("The learner.") Learner learner,
        @NonNull @Description("The client the learner attends for.") Client client,
        @NonNull @Description("Every artifact type this kind of removal deletes, in the order of the help article, count 0 included.") List<@NonNull ArtifactGroup> deletions,
        @NonNull @Description("What the removal keeps: at least the EMAIL group (the email history).") List<@NonNull ArtifactGroup> preserved,
        @NonNull @Description("How many records the removal deletes, all types together (the enrollment not counted).") int totalDeletions,
        @NonNull @Description("What a person should know before confirming. Never blocks the removal.") List<@NonNull RemovalWarning> warnings,
        @NonNull @Description("Changes whenever anything the removal would delete changes. Pass it back as expectedVersion.") String version) {
}
