package se.kompetenslaget.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Passwords are hashed with Argon2id (password4j, OWASP's first choice); session and token values are random
 * 256-bit strings, so a fast SHA-256 hash of them is enough to store.
 */
public final class Secrets {

    /** OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Hash of a password nobody has, checked when the e-mail is unknown so both answers take as long. Made at the
     * first such check, not when the class loads (an Argon2 hash at start-up delayed readiness).
     */
    private static final class Dummy {
        static final String HASH = hashPassword("no such user: the same work as a real check");
    }

    private Secrets() {
    }

    public static String hashPassword(String password) {
        return Password.hash(password).with(ARGON2).getResult();
    }

    public static boolean passwordMatches(String password, String hash) {
        return Password.check(password, hash == null ? Dummy.HASH : hash).with(ARGON2) && hash != null;
    }

    /** A new random secret with a readable kind prefix, e.g. {@code klt_…} for tokens. */
    public static String newSecret(String kind) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return kind + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String secret) {
        return HexFormat.of().formatHex(sha256().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** The SHA-256 digest of some bytes. */
    public static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    /** A fresh SHA-256 digest: a copy of a kept one (every request hashes a secret; the provider lookup is dearer). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static final MessageDigest SHA256 = newSha256();

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
