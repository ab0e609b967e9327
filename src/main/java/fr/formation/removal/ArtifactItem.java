package fr.formation.removal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArtifactItem")
@Description("One record a removal deletes or keeps, named so that a confirmation dialog can show it.")
public record ArtifactItem(
        @Id @NonNull @Description("The record's id: stable, the same in the preview and in the removal.") String id,
        @NonNull @Description("A human-readable name, e.g. \"Certificate of achievement – Excel advanced, 2027-03-19\".") String label) {
}
