package fr.formation.common.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import fr.formation.common.security.DevSigningKeys;
import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;

/**
 * What a start needs and nobody configured: the database, and the key that verifies bearer tokens.
 * <ul>
 * <li>Dev mode and tests get local stand-ins: an embedded PostgreSQL (Dev Services would use a container, and these
 * machines have none), started once per JVM, so every start of {@code ./mvnw quarkus:dev} begins from the migrations
 * and the demo data again; and a signing key generated once per JVM ({@link DevSigningKeys}).</li>
 * <li>Production refuses to start, naming the variables to set. The packaged application does not even contain the
 * embedded PostgreSQL.</li>
 * </ul>
 * Anything set explicitly (for example {@code QUARKUS_DATASOURCE_JDBC_URL}) wins and turns its stand-in off.
 */
public class LocalDefaultsConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    private static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    private static final String ISSUER = "mp.jwt.verify.issuer";
    private static final String AUDIENCES = "mp.jwt.verify.audiences";

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean databaseMissing = context.getValue(JDBC_URL).getValue() == null;
        boolean keyMissing = context.getValue(PUBLIC_KEY).getValue() == null
                && context.getValue(PUBLIC_KEY_LOCATION).getValue() == null;
        List<String> profiles = context.getProfiles();
        if (profiles.contains("dev") || profiles.contains("test")) {
            Map<String, String> defaults = new HashMap<>();
            if (databaseMissing) {
                defaults.putAll(EmbeddedPostgresServer.datasourceProperties());
            }
            if (keyMissing) {
                defaults.put(PUBLIC_KEY, DevSigningKeys.publicKeyPem());
                defaults.put(ISSUER, DevSigningKeys.ISSUER);
                defaults.put(AUDIENCES, DevSigningKeys.AUDIENCE);
            }
            return List.of(new PropertiesConfigSource(defaults, "local defaults for dev mode and tests", ORDINAL));
        }
        // Building the application (./mvnw package) reads the configuration too; only a start needs these.
        if (ExecutionMode.current() != ExecutionMode.UNSET) {
            List<String> missing = new ArrayList<>();
            if (databaseMissing) {
                missing.add("a database: set QUARKUS_DATASOURCE_JDBC_URL (e.g. jdbc:postgresql://localhost:5432/training), "
                        + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
            }
            if (keyMissing || context.getValue(ISSUER).getValue() == null || context.getValue(AUDIENCES).getValue() == null) {
                missing.add("the token verification: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (your identity provider's JWKS "
                        + "URL or a PEM file), MP_JWT_VERIFY_ISSUER and MP_JWT_VERIFY_AUDIENCES");
            }
            if (!missing.isEmpty()) {
                throw new ConfigurationException("Cannot start without " + String.join("; and ", missing) + ".");
            }
        }
        return List.of();
    }
}
