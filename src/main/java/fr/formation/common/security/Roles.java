package fr.formation.common.security;

/** The roles of the API, taken from the token's {@code groups} claim. */
public final class Roles {

    /** Sees sessions, learners' names, enrollments, clients and dates. */
    public static final String VIEWER = "viewer";
    /** Everything a viewer can, plus personal data (emails), removals and their audit trail. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
