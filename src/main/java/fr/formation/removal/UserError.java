package fr.formation.removal;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UserError")
@Description("Why a mutation was refused, and which input field is at fault.")
public record UserError(
        @Description("Path to the input field at fault, e.g. [\"input\", \"learnerId\"].") List<@NonNull String> field,
        @NonNull @Description("What is wrong, for a person.") String message,
        @NonNull @Description("What is wrong, for a program.") RemovalErrorCode code) {
}
