package fr.formation.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The graphql-http project's GraphQL-over-HTTP audits (npm package graphql-http, auditServer) against the packaged
 * server: every MUST passes. The SHOULDs it does not meet are listed in RELIABILITY.md; the full result is written to
 * target/graphql-http-audit.json. Needs Node.js and npm (npm ci installs the pinned packages).
 */
class GraphQLOverHttpIT {

    private static final File SCRIPT = new File("scripts/graphql-http-audit");

    @Test
    void everyMustAuditPasses() throws Exception {
        run(List.of("npm", "ci", "--no-audit", "--no-fund"));
        Path result = Path.of("target", "graphql-http-audit.json").toAbsolutePath();
        try (PackagedServers server = new PackagedServers(1, false)) {
            String output = run(List.of("node", "audit.mjs", server.endpoints.get(0), server.adminToken(), result.toString()));
            System.out.println(output);
        }
        JsonArray audits = Json.createReader(new StringReader(Files.readString(result))).readArray();
        assertTrue(audits.size() > 40, audits.size() + " audits");
        List<String> mustFailures = audits.stream().map(JsonObject.class::cast)
                .filter(audit -> audit.getString("status").equals("error"))
                .map(audit -> audit.getString("name") + ": " + audit.getString("reason", "")).toList();
        assertEquals(List.of(), mustFailures);
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(SCRIPT).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), command + " finished");
        assertEquals(0, process.exitValue(), command + ": " + output);
        return output;
    }
}
