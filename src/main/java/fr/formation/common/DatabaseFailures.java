package fr.formation.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/** Tells a database that cannot be reached from other failures. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether the failure is the database being out of reach: no connection to be had (refused, timed out), or the
     * connection lost mid-request (SQLState class 08, or 57P01-03 when the server shut the session down).
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                // Agroal's pool gives no SQLState when no connection came within the acquisition timeout.
                if (state == null && sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
