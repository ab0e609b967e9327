package fr.formation.learner;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import fr.formation.common.GlobalId;
import fr.formation.common.Node;

/** An email in a learner's history. */
@Type("EmailMessage")
@Description("An email sent to a learner. Removals never delete emails.")
public record EmailMessage(
        @Ignore long pk,
        @Ignore long learnerPk,
        @Ignore Long sessionPk,
        @NonNull @Description("The subject line.") String subject,
        @NonNull @Description("When it was sent.") OffsetDateTime sentAt) implements Node {

    public static final String TYPE = "EmailMessage";

    public static EmailMessage of(EmailMessageEntity entity) {
        return new EmailMessage(entity.id, entity.learnerId, entity.sessionId, entity.subject, entity.sentAt);
    }

    @Override
    @Id
    @NonNull
    @Description("The global id (Relay).")
    public String getId() {
        return GlobalId.of(TYPE, pk);
    }
}
