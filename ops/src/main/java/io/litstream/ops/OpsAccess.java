package io.litstream.ops;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Who may read the dashboard, its API and the metrics. Without a token everyone who can reach the
 * port may, which is why the server binds to loopback by default; bound to any other address it
 * requires a token ({@code ops.token}). With a token a request must carry it as
 * {@code Authorization: Bearer <token>}, or as the cookie {@value #COOKIE}, which a browser gets
 * by opening a page once with {@code ?token=<token>}.
 */
public final class OpsAccess {
    public static final String COOKIE = "litstream_ops_token";

    /** The outcome of checking one request. */
    public enum Verdict {
        /** The request may proceed. */
        ALLOWED,
        /** The request carried the token in its query: proceed, and hand the browser the cookie. */
        ALLOWED_SET_COOKIE,
        /** No valid token: answer 401. */
        DENIED
    }

    private final byte[] tokenDigest;

    private OpsAccess(byte[] tokenDigest) {
        this.tokenDigest = tokenDigest;
    }

    /** Everyone may read: only acceptable on loopback. */
    public static OpsAccess open() {
        return new OpsAccess(null);
    }

    /** Only requests carrying {@code token} may read. */
    public static OpsAccess requiring(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("an empty ops.token protects nothing");
        }
        return new OpsAccess(digest(token));
    }

    /**
     * The access a server bound to {@code host} must enforce: the token when one is configured;
     * none on loopback without one.
     *
     * @throws IllegalArgumentException when {@code host} is not a loopback address and there is no token
     */
    public static OpsAccess forBinding(String host, Optional<String> token) {
        if (token.isPresent()) {
            return requiring(token.get());
        }
        if (!isLoopback(host)) {
            throw new IllegalArgumentException("ops.host=" + host + " is reachable from other machines: set ops.token"
                    + " (LITSTREAM_OPS_TOKEN) to a secret, or bind to 127.0.0.1");
        }
        return open();
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public boolean requiresToken() {
        return tokenDigest != null;
    }

    public Verdict check(HttpExchange exchange) {
        return check(exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().get("Cookie"), exchange.getRequestURI().getRawQuery());
    }

    /**
     * @param authorization the Authorization header, or null
     * @param cookies       the Cookie headers, or null
     * @param rawQuery      the raw query string, or null
     */
    Verdict check(String authorization, List<String> cookies, String rawQuery) {
        if (tokenDigest == null) {
            return Verdict.ALLOWED;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(authorization.substring(7).trim())) {
            return Verdict.ALLOWED;
        }
        if (cookies != null) {
            for (String header : cookies) {
                for (String c : header.split(";")) {
                    String[] kv = c.trim().split("=", 2);
                    if (kv.length == 2 && kv[0].equals(COOKIE)
                            && matches(URLDecoder.decode(kv[1], StandardCharsets.UTF_8))) {
                        return Verdict.ALLOWED;
                    }
                }
            }
        }
        String fromQuery = queryToken(rawQuery);
        if (fromQuery != null && matches(fromQuery)) {
            return Verdict.ALLOWED_SET_COOKIE;
        }
        return Verdict.DENIED;
    }

    /** The Set-Cookie value that lets a browser in from now on; scripts cannot read it. */
    String cookieFor(String rawQuery) {
        return COOKIE + "=" + URLEncoder.encode(queryToken(rawQuery), StandardCharsets.UTF_8)
                + "; Path=/; HttpOnly; SameSite=Strict";
    }

    private static String queryToken(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("token=")) {
                return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private boolean matches(String candidate) {
        // Equal-length digests compared in constant time: neither length nor prefix leaks.
        return MessageDigest.isEqual(tokenDigest, digest(candidate));
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
