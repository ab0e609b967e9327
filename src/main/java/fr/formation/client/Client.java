package fr.formation.client;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.GlobalId;
import fr.formation.common.Node;

/** A client of the organisation, as the API shows it. */
@Type("Client")
@Description("A client who pays for a learner's place: a company, or a private individual or self-employed person "
        + "who is also the learner.")
public record Client(
        @Ignore long pk,
        @NonNull @Description("What kind of client this is.") ClientKind kind,
        @NonNull @Description("The company name, or the person's full name.") String name,
        @Ignore Long learnerPk) implements Node {

    public static final String TYPE = "Client";

    public static Client of(ClientEntity entity) {
        return new Client(entity.id, entity.kind, entity.name, entity.learnerId);
    }

    @Override
    @Id
    @NonNull
    @Description("The global id (Relay).")
    public String getId() {
        return GlobalId.of(TYPE, pk);
    }
}
