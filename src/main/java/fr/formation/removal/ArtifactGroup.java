package fr.formation.removal;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArtifactGroup")
@Description("The records of one type that a removal deletes or keeps.")
public record ArtifactGroup(
        @NonNull @Description("The type of record.") ArtifactType type,
        @NonNull @Description("How many records.") int count,
        @NonNull @Description("The records themselves, so a confirmation dialog can name them.") List<@NonNull ArtifactItem> items) {

    public ArtifactGroup(ArtifactType type, List<ArtifactItem> items) {
        this(type, items.size(), List.copyOf(items));
    }
}
