package fr.formation;

import org.eclipse.microprofile.config.ConfigProvider;

import fr.formation.common.DatabaseFailures;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Starts the server as Quarkus would, and when the start fails because the database cannot be reached, says which
 * database and which settings to check: the stack trace alone does not name them.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        Quarkus.run(null, (exitCode, failure) -> {
            Throwable configuration = failure;
            while (configuration != null && !(configuration instanceof ConfigurationException)) {
                configuration = configuration.getCause();
            }
            if (configuration != null) {
                // Raised before logging starts: Quarkus's own handler would print it, so this one does too.
                System.err.println(configuration.getMessage());
            } else if (failure != null && DatabaseFailures.isUnavailable(failure)) {
                String url = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class)
                        .map(value -> value.split("\\?")[0]).orElse("(none)");
                System.err.println("Cannot reach the database at " + url + ". Check QUARKUS_DATASOURCE_JDBC_URL, "
                        + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD, and that the database is up.");
            }
            System.exit(exitCode);
        }, args);
    }
}
