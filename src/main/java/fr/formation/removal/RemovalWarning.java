package fr.formation.removal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RemovalWarning")
@Description("Something a person should know before confirming a removal. Never blocks it.")
public record RemovalWarning(
        @NonNull @Description("Stable code: INVOICE_ALREADY_ISSUED, CERTIFICATE_ALREADY_DELIVERED, ATTENDANCE_ALREADY_SIGNED, "
                + "EVALUATION_ALREADY_SUBMITTED or TRAINING_CONTRACT_SIGNED.") String code,
        @NonNull @Description("What it means, for a person.") String message) {
}
