package fr.formation.removal;

import java.util.Locale;

/**
 * One record a removal deletes or keeps, as the plan query read it.
 *
 * @param type       its artifact type
 * @param pk         its primary key in its table
 * @param label      how a person reads it
 * @param state      what the warnings look at: an invoice's status, DELIVERED, PAST, SIGNED…
 * @param rowVersion PostgreSQL's xmin of the row: it changes whenever the row is written
 */
record PlannedRecord(ArtifactType type, long pk, String label, String state, String rowVersion) {

    ArtifactItem item() {
        return new ArtifactItem(RemovalPlan.itemId(type, pk), label);
    }

    /** Builds the record from a row of the plan query, naming it the way the help article does. */
    static PlannedRecord of(ArtifactType type, long pk, String detail, String amount, String date, String state,
            String rowVersion, String sessionName) {
        String label = switch (type) {
            case QUOTE -> "Quote " + detail + " – " + amount + " EUR, " + lower(state);
            case CRM_OPPORTUNITY -> "Sales opportunity – " + detail + ", " + lower(state);
            case TRAINING_CONTRACT -> "Training contract " + detail + (date == null ? ", not signed" : ", signed " + date);
            case COURSE_START_NOTICE -> "Course start notice – " + sessionName + ", sent " + date;
            case PORTAL_ACCESS -> "Training portal access – " + detail;
            case ELEARNING_ACCESS -> "eLearning access – " + detail;
            case ATTENDANCE_SIGNATURE -> "Attendance signature – " + date + " " + detail;
            case EVALUATION -> "Evaluation – " + detail + ", submitted " + date;
            case CERTIFICATE_OF_ATTENDANCE, CERTIFICATE_OF_ACHIEVEMENT, DIPLOMA ->
                type.label() + " – " + sessionName + ", " + date;
            case INVOICE -> "Invoice " + detail + " – " + amount + " EUR, " + lower(state)
                    + (date == null ? "" : " " + date);
            case EMAIL -> "Email – " + detail + ", " + date;
        };
        return new PlannedRecord(type, pk, label, state, rowVersion);
    }

    private static String lower(String state) {
        return state.toLowerCase(Locale.ROOT);
    }
}
