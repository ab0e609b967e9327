package fr.formation.common;

/**
 * Every {@code extensions.code} the API gives an error, in one place. Mutations report their expected refusals as
 * userErrors instead (RemovalErrorCode).
 */
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

    /** The HTTP request is not a GraphQL request (bad JSON, no query string…): HTTP 400. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** PUT, DELETE or PATCH on /graphql: HTTP 405. */
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    /** Another content type than application/json or application/graphql: HTTP 415. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    /** The GraphQL document does not parse. */
    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** The GraphQL document does not validate against the schema, or a variable has the wrong type. */
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** More root fields (aliases included) than app.graphql.max-root-fields. */
    public static final String TOO_MANY_ROOT_FIELDS = "TOO_MANY_ROOT_FIELDS";
    /** Deeper than app.graphql.max-depth. */
    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    /** More fields than app.graphql.max-complexity. */
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

    private ErrorCodes() {
    }
}
