package io.litstream.launcher.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority with a broker certificate (for 127.0.0.1 and localhost) and
 * a client certificate, both signed by it, in PKCS12 stores under {@code dir}. Made with the JDK's
 * own {@code keytool}, so a machine with only a JDK can run secured-cluster tests.
 *
 * <p>Every store gets its own random password: a test that looks for secrets in logs then looks
 * for strings that cannot turn up by accident.
 *
 * @param truststore the CA's certificate; both sides trust it
 * @param broker     the broker's key and certificate chain
 * @param client     the client's key and certificate chain (for mutual TLS)
 */
public record TestCertificates(Store truststore, Store broker, Store client) {
    private static final String CA_ALIAS = "ca";

    /** A PKCS12 key or trust store and its password. */
    public record Store(Path location, String password) {
    }

    /** Creates the CA, the broker's and the client's stores in {@code dir}. Takes a few seconds. */
    public static TestCertificates create(Path dir) {
        try {
            Files.createDirectories(dir);
            Store ca = new Store(dir.resolve("ca.p12"), secret());
            keytool("-genkeypair", "-alias", CA_ALIAS, "-dname", "CN=litstream test CA", "-ext", "bc:c",
                    "-keystore", ca.location().toString(), "-storepass", ca.password());
            Path caPem = dir.resolve("ca.pem");
            keytool("-exportcert", "-rfc", "-alias", CA_ALIAS, "-file", caPem.toString(),
                    "-keystore", ca.location().toString(), "-storepass", ca.password());
            Store truststore = new Store(dir.resolve("truststore.p12"), secret());
            importCa(truststore, caPem);
            Store broker = signed(dir, "broker", "CN=localhost", "SAN=ip:127.0.0.1,dns:localhost", ca, caPem);
            Store client = signed(dir, "client", "CN=litstream-pipeline", null, ca, caPem);
            return new TestCertificates(truststore, broker, client);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create test certificates in " + dir, e);
        }
    }

    /** Every password here: none of them may ever show in a log. */
    public List<String> passwords() {
        return List.of(truststore.password(), broker.password(), client.password());
    }

    /** A key pair in its own store, with the CA-signed certificate chain replacing the self-signed one. */
    private static Store signed(Path dir, String name, String dname, String san, Store ca, Path caPem)
            throws IOException {
        Store store = new Store(dir.resolve(name + ".p12"), secret());
        String location = store.location().toString();
        keytool("-genkeypair", "-alias", name, "-dname", dname, "-keystore", location, "-storepass", store.password());
        Path csr = dir.resolve(name + ".csr");
        keytool("-certreq", "-alias", name, "-file", csr.toString(), "-keystore", location,
                "-storepass", store.password());
        Path pem = dir.resolve(name + ".pem");
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", CA_ALIAS,
                "-infile", csr.toString(), "-outfile", pem.toString(),
                "-keystore", ca.location().toString(), "-storepass", ca.password()));
        if (san != null) {
            gencert.addAll(List.of("-ext", san));
        }
        keytool(gencert.toArray(String[]::new));
        importCa(store, caPem);
        keytool("-importcert", "-alias", name, "-file", pem.toString(), "-keystore", location,
                "-storepass", store.password());
        return store;
    }

    private static void importCa(Store store, Path caPem) throws IOException {
        keytool("-importcert", "-noprompt", "-alias", CA_ALIAS, "-file", caPem.toString(),
                "-keystore", store.location().toString(), "-storetype", "PKCS12", "-storepass", store.password());
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        if (List.of(args).contains("-genkeypair")) {
            command.addAll(List.of("-keyalg", "RSA", "-keysize", "2048", "-validity", "3", "-storetype", "PKCS12"));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running keytool", e);
        }
    }

    private static String secret() {
        return "pw-" + UUID.randomUUID().toString().replace("-", "");
    }
}
