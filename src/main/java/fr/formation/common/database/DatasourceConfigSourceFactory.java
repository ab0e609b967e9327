package fr.formation.common.database;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;

/**
 * What happens when no database is configured ({@code quarkus.datasource.jdbc.url} is not set anywhere):
 * <ul>
 * <li>dev mode and tests point the default datasource at an embedded PostgreSQL. Dev Services would do this with a
 * container, but these machines have no container engine. The embedded server is real PostgreSQL (binaries from
 * Maven Central), started once per JVM and thrown away with it, so every start of {@code ./mvnw quarkus:dev} begins
 * from the migrations and the demo data again;</li>
 * <li>production refuses to start, saying which variables to set. The packaged application does not even contain
 * the embedded binaries.</li>
 * </ul>
 */
public class DatasourceConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (context.getValue(JDBC_URL).getValue() != null) {
            return List.of();
        }
        List<String> profiles = context.getProfiles();
        if (profiles.contains("dev") || profiles.contains("test")) {
            Map<String, String> datasource = EmbeddedPostgresServer.datasourceProperties();
            return List.of(new PropertiesConfigSource(datasource, "embedded PostgreSQL", ORDINAL));
        }
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            // Building the application (./mvnw package) reads the configuration too; only a start needs a database.
            return List.of();
        }
        throw new ConfigurationException("No database is configured. Set QUARKUS_DATASOURCE_JDBC_URL "
                + "(e.g. jdbc:postgresql://localhost:5432/training), QUARKUS_DATASOURCE_USERNAME and "
                + "QUARKUS_DATASOURCE_PASSWORD.");
    }
}
