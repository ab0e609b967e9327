package fr.formation.common.database;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Points the default datasource at an embedded PostgreSQL when dev mode or the tests run without one configured.
 * <p>
 * Dev Services would do this with a container, but these machines have no container engine. The embedded server
 * is real PostgreSQL (binaries from Maven Central), started once per JVM and thrown away with it, so every start of
 * {@code ./mvnw quarkus:dev} begins from the migrations and the demo data again. In production (profile {@code prod})
 * this factory does nothing: the packaged application does not even contain the binaries.
 * <p>
 * Setting {@code quarkus.datasource.jdbc.url} anywhere (for example {@code QUARKUS_DATASOURCE_JDBC_URL}) turns it off.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    /** Above application.properties (250), below system properties (400) and environment variables (300). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        if (!devOrTest || context.getValue(JDBC_URL).getValue() != null) {
            return List.of();
        }
        Map<String, String> datasource = EmbeddedPostgresServer.datasourceProperties();
        return List.of(new PropertiesConfigSource(datasource, "embedded PostgreSQL", ORDINAL));
    }
}
