package fr.formation.session;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SessionFilter")
@Description("Narrows the sessions listed. Every given condition must hold.")
public record SessionFilter(
        @Description("Case-insensitive match on the session name.") String search,
        @Description("Only sessions starting on or after this date.") LocalDate startsOnOrAfter,
        @Description("Only sessions starting on or before this date.") LocalDate startsOnOrBefore) {
}
