package io.litstream.tools.eval.claims;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The audit set's fixed split (its README): {@code test} when {@code int(sha1("audit:" + key), 16) % 3 == 0}.
 * The Evidence Inference articles read whole are split by the same rule on {@code PMC<id>}, so an
 * audit article held out for testing is held out there too.
 */
enum Split {
    DEV, TEST;

    static Split of(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(("audit:" + key).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).mod(BigInteger.valueOf(3)).signum() == 0 ? TEST : DEV;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    static Split parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
