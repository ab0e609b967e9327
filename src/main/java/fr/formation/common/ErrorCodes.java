package fr.formation.common;

/** The {@code extensions.code} values of query errors. Mutations report theirs as userErrors instead. */
public final class ErrorCodes {

    /** An argument is out of its range or malformed (other than an id). */
    public static final String INVALID_ARGUMENT = "INVALID_ARGUMENT";
    /** An id argument is not a well-formed global id of the expected type. */
    public static final String INVALID_ID = "INVALID_ID";
    /** An {@code after} cursor was not produced by this connection. */
    public static final String INVALID_CURSOR = "INVALID_CURSOR";

    /** No valid bearer token (normally refused earlier, with HTTP 401). */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** The caller's role does not allow the operation or field. */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** The database cannot be reached; the request changed nothing and may be retried. */
    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    /** Anything unexpected; the message says no more than "Internal error". */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ErrorCodes() {
    }
}
