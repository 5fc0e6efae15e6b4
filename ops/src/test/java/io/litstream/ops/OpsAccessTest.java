package io.litstream.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpsAccessTest {
    private final OpsAccess access = OpsAccess.requiring("s3cret");

    @Test
    void aNonLoopbackBindingWithoutTokenIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpsAccess.forBinding("0.0.0.0", Optional.empty()));
        assertTrue(e.getMessage().contains("ops.token"), e.getMessage());
        assertFalse(OpsAccess.forBinding("127.0.0.1", Optional.empty()).requiresToken());
        assertFalse(OpsAccess.forBinding("localhost", Optional.empty()).requiresToken());
        assertTrue(OpsAccess.forBinding("0.0.0.0", Optional.of("s3cret")).requiresToken());
        assertTrue(OpsAccess.forBinding("127.0.0.1", Optional.of("s3cret")).requiresToken(), "a token set is enforced");
    }

    @Test
    void theTokenIsAcceptedAsBearerCookieOrQueryOnly() {
        assertEquals(OpsAccess.Verdict.ALLOWED, access.check("Bearer s3cret", null, null));
        assertEquals(OpsAccess.Verdict.ALLOWED, access.check("bearer s3cret", null, null));
        assertEquals(OpsAccess.Verdict.ALLOWED, access.check(null, List.of("a=b; litstream_ops_token=s3cret"), null));
        assertEquals(OpsAccess.Verdict.ALLOWED_SET_COOKIE, access.check(null, null, "x=1&token=s3cret"));
        assertEquals(OpsAccess.Verdict.DENIED, access.check("Bearer wrong", List.of("litstream_ops_token=nope"), "token=no"));
        assertEquals(OpsAccess.Verdict.DENIED, access.check("Basic s3cret", null, null));
        assertEquals(OpsAccess.Verdict.DENIED, access.check(null, null, null));
        assertEquals(OpsAccess.Verdict.ALLOWED, OpsAccess.open().check(null, null, null));
    }

    @Test
    void theCookieIsHttpOnlyAndCarriesTheTokenEncoded() {
        OpsAccess odd = OpsAccess.requiring("a;b c");
        String cookie = odd.cookieFor("token=a%3Bb%20c");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String value = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(OpsAccess.Verdict.ALLOWED, odd.check(null, List.of(value), null));
    }

    @Test
    void metricsNeedTheTokenHealthDoesNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (PipelineMetrics metrics = new PipelineMetrics();
             OpsHttpServer server = new OpsHttpServer("127.0.0.1", 0, access, () -> Map.of("extract", "RUNNING"),
                     () -> true, metrics)) {
            String base = "http://127.0.0.1:" + server.port();
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                    .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
