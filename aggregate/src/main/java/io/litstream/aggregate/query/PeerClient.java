package io.litstream.aggregate.query;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.topics.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/** Asks another aggregate instance for its local part of an answer, over its query API. */
final class PeerClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper mapper = Json.newMapper();

    /** GET {@code path?scope=local} on {@code host}: the value, empty on 404. */
    <T> Optional<T> get(HostInfo host, String path, JavaType type) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + path + "?"
                + SummaryHttpServer.SCOPE_PARAM + "=" + SummaryHttpServer.SCOPE_LOCAL);
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new StoreUnavailableException("instance " + host + " answered " + response.statusCode()
                        + " to " + path, null);
            }
            return Optional.of(mapper.readValue(response.body(), type));
        } catch (IOException e) {
            throw new StoreUnavailableException("instance " + host + " did not answer " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while asking " + host, e);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
