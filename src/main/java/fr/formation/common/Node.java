package fr.formation.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay global object identification: anything that {@code node(id:)} can fetch. */
@Description("Relay global object identification. Ids are opaque strings, unique across all types.")
public interface Node {

    @Id
    @NonNull
    @Description("The global id: opaque, unique across all types.")
    String getId();
}
