package fr.formation.removal;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.GlobalId;
import fr.formation.common.Node;
import fr.formation.session.Enrollment;

/** The audit record of a removal; its session, learner and client are resolved in batches. */
@Type("Removal")
@Description("What a removal did. Kept after the removal as its audit record.")
public record Removal(
        @Ignore long pk,
        @NonNull @Description("Which kind of removal it was.") RemovalKind kind,
        @Ignore long sessionPk,
        @Ignore long learnerPk,
        @Ignore long clientPk,
        @Ignore long enrollmentPk,
        @NonNull @Description("What was deleted, same shape and order as RemovalPreview.deletions.") List<@NonNull ArtifactGroup> deleted,
        @NonNull @Description("What was kept: the email history (and a company's documents).") List<@NonNull ArtifactGroup> preserved,
        @NonNull @Description("How many records were deleted, all types together (the enrollment not counted).") int totalDeleted,
        @NonNull @Description("When the removal was made.") OffsetDateTime removedAt,
        @Description("Why, as given by the person who removed the learner.") String reason,
        @NonNull @Description("Who removed the learner.") RemovalCaller removedBy) implements Node {

    public static final String TYPE = "Removal";

    @Override
    @Id
    @NonNull
    @Description("The global id (Relay).")
    public String getId() {
        return GlobalId.of(TYPE, pk);
    }

    @Id
    @NonNull
    @Description("The id of the enrollment that no longer exists, for client cache eviction.")
    public String getRemovedEnrollmentId() {
        return GlobalId.of(Enrollment.TYPE, enrollmentPk);
    }
}
