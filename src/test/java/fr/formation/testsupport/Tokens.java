package fr.formation.testsupport;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import fr.formation.common.security.DevSigningKeys;
import fr.formation.common.security.Roles;
import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests: good ones for each role, and each kind of bad one. */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return DevSigningKeys.token("admin-subject", "alice.admin", Set.of(Roles.ADMIN), Duration.ofMinutes(30));
    }

    public static String viewer() {
        return DevSigningKeys.token("viewer-subject", "victor.viewer", Set.of(Roles.VIEWER), Duration.ofMinutes(30));
    }

    public static String expired() {
        return Jwt.issuer(DevSigningKeys.ISSUER).audience(DevSigningKeys.AUDIENCE).subject("admin-subject")
                .groups(Set.of(Roles.ADMIN)).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(DevSigningKeys.privateKey());
    }

    /** Signed by a key the server does not trust. */
    public static String wrongSignature() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(DevSigningKeys.ISSUER).audience(DevSigningKeys.AUDIENCE).subject("admin-subject")
                    .groups(Set.of(Roles.ADMIN)).expiresIn(Duration.ofMinutes(30))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String wrongIssuer() {
        return Jwt.issuer("https://somebody-else.example").audience(DevSigningKeys.AUDIENCE).subject("admin-subject")
                .groups(Set.of(Roles.ADMIN)).expiresIn(Duration.ofMinutes(30)).sign(DevSigningKeys.privateKey());
    }

    public static String wrongAudience() {
        return Jwt.issuer(DevSigningKeys.ISSUER).audience("another-api").subject("admin-subject")
                .groups(Set.of(Roles.ADMIN)).expiresIn(Duration.ofMinutes(30)).sign(DevSigningKeys.privateKey());
    }
}
