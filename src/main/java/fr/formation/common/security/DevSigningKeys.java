package fr.formation.common.security;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * The token signing key of dev mode and tests: generated once per JVM, never written anywhere, trusted only when no
 * verification key is configured in the dev or test profile. Production trusts the identity provider's key instead.
 * <p>
 * Like the embedded database, it must survive dev mode's live reloads (which reload this class), so it is kept in
 * system properties.
 */
public final class DevSigningKeys {

    public static final String ISSUER = "https://training.localhost/dev-issuer";
    public static final String AUDIENCE = "training-api";

    private static final String PRIVATE_PROPERTY = "training.dev-jwt.private-key";
    private static final String PUBLIC_PROPERTY = "training.dev-jwt.public-key";

    private DevSigningKeys() {
    }

    /** The public key, PEM-encoded, for {@code mp.jwt.verify.publickey}. */
    public static synchronized String publicKeyPem() {
        generateOnce();
        return "-----BEGIN PUBLIC KEY-----\n" + System.getProperty(PUBLIC_PROPERTY) + "\n-----END PUBLIC KEY-----";
    }

    public static synchronized PrivateKey privateKey() {
        generateOnce();
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE_PROPERTY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    /** A token the dev and test server accepts, signed with the dev key. */
    public static String token(String subject, String username, Set<String> groups, Duration validity) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(username)
                .claim("preferred_username", username).groups(groups)
                .expiresIn(validity).sign(privateKey());
    }

    private static void generateOnce() {
        if (System.getProperty(PRIVATE_PROPERTY) != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            System.setProperty(PRIVATE_PROPERTY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            System.setProperty(PUBLIC_PROPERTY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }
}
