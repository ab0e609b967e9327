package fr.formation.reliability;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Instances of the packaged server ({@code java -jar}), each on its own port, sharing one PostgreSQL: the embedded
 * one, or the one QUARKUS_DATASOURCE_JDBC_URL / _USERNAME / _PASSWORD name; optionally reached through a
 * {@link TcpProxy} that a test can cut. Tokens are signed with a key made here.
 */
final class PackagedServers implements AutoCloseable {

    private static final String ISSUER = "https://packaged-servers.test";
    private static final String AUDIENCE = "training-api";
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final EmbeddedPostgres embedded;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final KeyPair keys;
    private final List<Process> processes = new ArrayList<>();
    final List<String> endpoints = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Between the servers and the database, when asked for; null otherwise. */
    final TcpProxy proxy;

    PackagedServers(int count, boolean throughProxy) throws Exception {
        String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (configured == null) {
            embedded = EmbeddedPostgres.builder().start();
            jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        } else {
            embedded = null;
            jdbcUrl = configured;
            user = System.getenv("QUARKUS_DATASOURCE_USERNAME");
            password = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        proxy = throughProxy ? TcpProxy.to(jdbcUrl) : null;
        String serverJdbcUrl = throughProxy ? proxy.rewrite(jdbcUrl) : jdbcUrl;
        Path publicKey = Files.createTempFile("packaged-servers", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        for (int i = 0; i < count; i++) {
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", JAR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "packaged-server-" + i + ".log").toFile());
            Map<String, String> environment = builder.environment();
            environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", serverJdbcUrl);
            environment.put("QUARKUS_DATASOURCE_USERNAME", user);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", password == null ? "" : password);
            environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
            environment.put("MP_JWT_VERIFY_ISSUER", ISSUER);
            environment.put("MP_JWT_VERIFY_AUDIENCES", AUDIENCE);
            processes.add(builder.start());
            endpoints.add("http://localhost:" + port + "/graphql");
            // One at a time: the first one migrates the database.
            awaitReady(endpoints.get(i), processes.get(i));
        }
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    String adminToken() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("it-admin").claim("preferred_username", "it.admin")
                .groups(Set.of("admin")).expiresIn(Duration.ofMinutes(30)).sign(keys.getPrivate());
    }

    /** Posts a GraphQL request; returns the HTTP status and the parsed body. */
    Answer post(String endpoint, String token, String query, JsonObject variables) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonObject json = response.statusCode() == 200
                ? Json.createReader(new StringReader(response.body())).readObject() : null;
        return new Answer(response.statusCode(), json, response.body());
    }

    record Answer(int status, JsonObject json, String raw) {
    }

    /** GET on the server's own path, e.g. /q/health/ready: status and body. */
    Answer get(int server, String path) throws IOException, InterruptedException {
        URI uri = URI.create(endpoints.get(server)).resolve(path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), null, response.body());
    }

    private void awaitReady(String endpoint, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited; see target/packaged-server-*.log");
            }
            try {
                if (post(endpoint, adminToken(), "{ __typename }", Json.createObjectBuilder().build()).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start in 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
