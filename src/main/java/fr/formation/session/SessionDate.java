package fr.formation.session;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A date and time slot of a session. */
@Type("SessionDate")
@Description("A day of a session and its time slot.")
public record SessionDate(
        @Ignore long sessionPk,
        @NonNull @Description("The day.") LocalDate date,
        @NonNull @Description("When the slot starts, HH:MM (local time of the session).") String startTime,
        @NonNull @Description("When the slot ends, HH:MM (local time of the session).") String endTime) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public static SessionDate of(SessionDateEntity entity) {
        return new SessionDate(entity.sessionId, entity.day, HH_MM.format(entity.startTime), HH_MM.format(entity.endTime));
    }
}
