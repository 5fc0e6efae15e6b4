package io.litstream.aggregate.query;

import static io.litstream.aggregate.testing.Articles.article;
import static io.litstream.topics.extraction.ClaimType.EFFICACY;
import static io.litstream.topics.extraction.Polarity.NO_EFFECT;
import static io.litstream.topics.extraction.Polarity.SUPPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.aggregate.stream.AggregateTopology;
import io.litstream.aggregate.testing.AggregateDriver;
import io.litstream.topics.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances, each holding part of the data, answer every query alike: key lookups are
 * forwarded to the owner, listings merged. Which instance owns what is fixed here (the real
 * assignment is exercised against a broker in the launcher's integration tests); the stores,
 * the HTTP forwarding and the merging are the real ones.
 */
class ClusterSummaryStoreTest {
    @TempDir
    Path stateA;
    @TempDir
    Path stateB;

    private static final ObjectMapper JSON = Json.newMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private AggregateDriver a;
    private AggregateDriver b;
    private SummaryHttpServer serverA;
    private SummaryHttpServer serverB;

    @BeforeEach
    void start() {
        a = new AggregateDriver(stateA);
        b = new AggregateDriver(stateB);
        // Instance A holds the ketamine and psilocybin partitions, B the ect one.
        a.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).claim("psilocybin", EFFICACY, SUPPORTS).build());
        a.put(article("a2").claim("ketamine", EFFICACY, NO_EFFECT).build());
        b.put(article("b1").claim("ect", EFFICACY, SUPPORTS).build());
        serverA = new SummaryHttpServer();
        serverB = new SummaryHttpServer();
        HostInfo hostA = new HostInfo("127.0.0.1", serverA.port());
        HostInfo hostB = new HostInfo("127.0.0.1", serverB.port());
        Map<String, HostInfo> owners = Map.of("ketamine", hostA, "psilocybin", hostA, "ect", hostB,
                "a1", hostA, "a2", hostA, "b1", hostB);
        serverA.start(new ClusterSummaryStore(a.queryStore(), new FixedDirectory(hostA, List.of(hostA, hostB), owners)));
        serverB.start(new ClusterSummaryStore(b.queryStore(), new FixedDirectory(hostB, List.of(hostA, hostB), owners)));
    }

    @AfterEach
    void stop() {
        serverA.close();
        serverB.close();
        a.close();
        b.close();
    }

    @Test
    void bothInstancesGiveTheSameAnswerToEveryQuery() throws Exception {
        for (String path : List.of("/therapies", "/therapies?sort=score", "/therapies?sort=name&evidence=CLINICAL",
                "/therapies/ketamine", "/therapies/ect", "/articles/a1", "/articles/b1", "/contributions/ketamine",
                "/therapies/homeopathy", "/articles/zz")) {
            HttpResponse<String> fromA = get(serverA, path);
            HttpResponse<String> fromB = get(serverB, path);

            assertEquals(fromA.statusCode(), fromB.statusCode(), path);
            // As JSON, not text: the order of map entries is not part of the contract.
            assertEquals(JSON.readTree(fromA.body()), JSON.readTree(fromB.body()), path);
        }
        assertEquals(200, get(serverB, "/therapies/ketamine").statusCode());
        assertEquals(200, get(serverA, "/articles/b1").statusCode());
        assertEquals(404, get(serverA, "/therapies/homeopathy").statusCode());
    }

    @Test
    void aListingMergesEveryInstanceButTheLocalScopeOnlyHoldsItsOwnPart() throws Exception {
        assertEquals(3, count(get(serverA, "/therapies").body()));
        assertEquals(2, count(get(serverA, "/therapies?scope=local").body()));
        assertEquals(1, count(get(serverB, "/therapies?scope=local").body()));
    }

    @Test
    void anUnreachableOwnerIs503NotAPartialAnswer() throws Exception {
        serverB.close();

        assertEquals(503, get(serverA, "/therapies").statusCode());
        assertEquals(503, get(serverA, "/therapies/ect").statusCode());
        assertEquals(200, get(serverA, "/therapies/ketamine?scope=local").statusCode());
    }

    private static int count(String jsonArray) {
        try {
            return JSON.readTree(jsonArray).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(SummaryHttpServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Ownership fixed by key, the same for every store that has the key. */
    private record FixedDirectory(HostInfo self, List<HostInfo> all, Map<String, HostInfo> owners)
            implements InstanceDirectory {
        private static final Set<String> STORES = Set.of(AggregateTopology.SUMMARY_STORE,
                AggregateTopology.CONTRIBUTION_STORE, AggregateTopology.ARTICLE_STORE);

        @Override
        public List<HostInfo> hostsOf(String store) {
            return STORES.contains(store) ? all : List.of();
        }

        @Override
        public Optional<HostInfo> ownerOf(String store, String key) {
            return Optional.of(owners.getOrDefault(key, self));
        }
    }
}
