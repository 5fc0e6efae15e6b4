package io.litstream.launcher.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.demo.SampleCorpus;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.StageName;
import io.litstream.launcher.testkit.HeadlessChromium;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as an operator sees it: the pipeline runs on a real broker with the sample
 * articles, one whose title is a script and a page that is nothing but a script (a dead letter),
 * and a real headless Chromium opens the dashboard with the ops token. The page must show the
 * figures the cluster holds (raw-article count, zero lag after the drain, dead letters per reason,
 * the therapy table) and show the hostile title and payload as text without running them. Screenshots land in {@code target/} for people to look at.
 */
@ExtendWith(SharedKafkaCluster.class)
class DashboardInChromiumIT {
    private static final String TOKEN = "it-token-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    /** Every way a title could run code if it were parsed as markup; each would set the flag. */
    static final String HOSTILE_TITLE = "Ketamine infusion trial <script>window.__litstreamPwned = 1</script>"
            + "<img src=x onerror=\"window.__litstreamPwned = 2\"> results";
    /** A page with nothing but a script: ingest dead-letters it (EMPTY_BODY) with the page as payload. */
    static final String HOSTILE_LETTER_FILE = "92-script-only.html";
    static final String HOSTILE_LETTER = "<html><body><script>window.__litstreamPwned = 3</script></body></html>";
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void showsTheLiveFiguresAndRendersAHostileTitleAsText(KafkaTestCluster kafka, @TempDir Path work) throws Exception {
        Settings settings = TestSettings.pipeline(work, Map.of(Settings.OPS_TOKEN, TOKEN));
        Path inbox = TestSettings.inbox(work);
        try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.allOf(StageName.class));
             CorpusProgress progress = new CorpusProgress(kafka.clientProperties())) {
            List<Path> corpus = SampleCorpus.copyTo(inbox);
            Files.writeString(inbox.resolve("09-hostile-title.txt"), HOSTILE_TITLE + "\n\n" + HOSTILE_BODY);
            Files.writeString(inbox.resolve(HOSTILE_LETTER_FILE), HOSTILE_LETTER);
            int files = corpus.size() + 2;
            IngestMetrics ingested = awaitIngestOutcomes(pipeline, files);
            assertEquals(3, ingested.rejectedTotal(), "two broken samples and the script-only page: " + ingested);
            int published = (int) ingested.published();
            assertEquals(files - 3, published, "every other file is published: " + ingested);
            assertTrue(progress.awaitExtracted(published, Duration.ofMinutes(2)), "all articles extracted");
            assertTrue(progress.awaitSummariesSettled(Duration.ofSeconds(2), Duration.ofMinutes(1)), "summaries settle");

            String base = pipeline.dashboardUrl().replace("/dashboard/", "");
            assertTokenIsRequired(base);

            try (HeadlessChromium chromium = HeadlessChromium.launch()) {
                chromium.navigate(pipeline.dashboardUrl() + "?token=" + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8));
                JsonNode shown = chromium.await(OVERVIEW_STATE, s -> s.isObject()
                        && s.path("raw").asText().equals(Integer.toString(published))
                        && s.path("lags").size() == 2
                        && s.path("lags").findValuesAsText("lag").stream().allMatch("0"::equals)
                        && s.path("therapies").toString().contains("ketamine")
                        && s.path("therapies").toString().contains("brexanolone")
                        && s.path("deadLetterTotal").asText().equals("3"), PAGE_TIMEOUT);

                assertEquals(Integer.toString(published), shown.path("raw").asText(), "raw-article count on the page");
                assertFalse(shown.path("url").asText().contains("token="), "the token leaves the address bar: " + shown);
                for (JsonNode lag : shown.path("lags")) {
                    assertEquals("0", lag.path("lag").asText(), "no lag after the drain: " + lag);
                    assertEquals("RUNNING", lag.path("state").asText(), "stage runs in this process: " + lag);
                }
                String reasons = shown.path("deadLetterReasons").asText();
                assertTrue(reasons.contains(DeadLetterReason.EMPTY_BODY.name())
                        && reasons.contains(DeadLetterReason.BINARY_CONTENT.name()), "reasons charted: " + reasons);
                JsonNode ketamine = therapyRow(shown, "ketamine");
                assertFalse(ketamine.path("score").asText().isBlank(), "ketamine has a score: " + ketamine);
                assertTrue(Integer.parseInt(ketamine.path("articles").asText()) >= 2,
                        "ketamine: the blog post and the hostile article: " + ketamine);
                assertEquals("MeSH D007649 https://meshb.nlm.nih.gov/record/ui?ui=D007649",
                        ketamine.path("ids").path(0).asText(), "ketamine's MeSH id links to its page: " + ketamine);
                assertTrue(therapyRow(shown, "brexanolone").path("evidence").asText().equals("REGULATORY"),
                        "brexanolone's FDA approval is its evidence level: " + shown.path("therapies"));
                // Open the script-only page's dead letter: its headers and its payload show, as text.
                chromium.evaluate("[...document.querySelectorAll('tr.deadletter')].find(r => r.querySelector('.source')"
                        + ".textContent.endsWith('" + HOSTILE_LETTER_FILE + "')).click(), true");
                JsonNode preview = chromium.await(PREVIEW_STATE, p -> p.path("previews").size() == 1, PAGE_TIMEOUT);
                assertEquals(HOSTILE_LETTER, preview.path("previews").get(0).asText(), "the payload, shown literally");
                assertEquals(1, preview.path("scripts").asInt(), "no script element but the dashboard's own");
                assertEquals("undefined", preview.path("pwned").asText(), "the payload's code never ran");
                Files.write(Path.of("target", "dashboard-screenshot.png"), chromium.screenshot());

                chromium.navigate(ketamine.path("href").asText());
                JsonNode page = chromium.await(THERAPY_STATE, s -> s.isObject()
                        && s.path("titles").toString().contains("Ketamine infusion trial <script>")
                        && s.path("events").asInt() > 0, PAGE_TIMEOUT);
                assertTrue(containsText(page.path("titles"), HOSTILE_TITLE),
                        "the hostile title is shown literally: " + page.path("titles"));
                assertEquals(1, page.path("scripts").asInt(), "no script element but the dashboard's own");
                assertEquals(0, page.path("images").asInt(), "no img element from the title");
                assertEquals("undefined", page.path("pwned").asText(), "the title's code never ran");
                assertOutcomeTableShowsTheApi(base, ketamine.path("id").asText(), page.path("outcomes"));
                Files.write(Path.of("target", "dashboard-therapy-screenshot.png"), chromium.screenshot());
            }
        }
    }

    /** What the overview shows, read from the DOM as a person would see it. */
    private static final String OVERVIEW_STATE = """
            (() => {
              const text = sel => { const n = document.querySelector(sel); return n ? n.textContent : null; };
              return {
                url: location.href,
                raw: text('[data-topic="litstream.articles.raw"] .messages'),
                lags: [...document.querySelectorAll('.group')].map(g => ({
                  group: g.dataset.group, lag: g.querySelector('.lag').textContent,
                  state: g.querySelector('.stage-state').textContent })),
                deadLetterTotal: text('#deadletter-total'),
                deadLetterReasons: text('#deadletter-chart svg'),
                therapies: [...document.querySelectorAll('tr.therapy')].map(r => ({
                  id: r.dataset.therapy, href: r.querySelector('a').href,
                  score: r.querySelector('.score').textContent,
                  evidence: r.querySelector('.evidence').textContent,
                  articles: r.querySelector('.articles').textContent,
                  ids: [...r.querySelectorAll('.ids a')].map(a => a.textContent + ' ' + a.href) }))
              };
            })()""";

    /** The opened dead letters' previews, and every sign that markup was parsed or ran. */
    private static final String PREVIEW_STATE = """
            (() => ({
              previews: [...document.querySelectorAll('pre.preview')].map(p => p.textContent),
              scripts: document.querySelectorAll('script').length,
              pwned: typeof window.__litstreamPwned
            }))()""";

    /** The therapy page: the claims' titles as text, and every sign that markup was parsed or ran. */
    private static final String THERAPY_STATE = """
            (() => ({
              titles: [...document.querySelectorAll('tr.claim .title')].map(t => t.firstChild.textContent),
              events: document.querySelectorAll('tr.event').length,
              outcomes: [...document.querySelectorAll('#outcome-table tr.outcome')].map(r => ({
                measure: r.dataset.measure, outcome: r.querySelector('.name').textContent,
                articles: [...r.querySelectorAll('.articles .directions span')].map(s => s.textContent).join('/'),
                trials: [...r.querySelectorAll('.trials .directions span')].map(s => s.textContent).join('/'),
                comparators: r.querySelector('.comparators').textContent,
                participants: r.querySelector('.participants').textContent })),
              scripts: document.querySelectorAll('script').length,
              images: document.querySelectorAll('img').length,
              pwned: typeof window.__litstreamPwned
            }))()""";

    private static final String HOSTILE_BODY = """
            In a randomized, double-blind, placebo-controlled trial of 120 adults with treatment-resistant \
            depression, a single intravenous ketamine infusion significantly reduced depressive symptoms compared \
            with placebo at 24 hours.

            Response rates were 52% with ketamine and 18% with placebo. The authors call for longer trials.
            """;

    /**
     * The therapy page's per-outcome table shows, row for row, the figures {@code /api/therapy}
     * gives; and the hostile article's placebo-controlled trial is in it as a randomised trial
     * that found ketamine better than placebo in its 120 participants.
     */
    private static void assertOutcomeTableShowsTheApi(String base, String therapyId, JsonNode shown) throws Exception {
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "/api/therapy?id=" + URLEncoder.encode(therapyId, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode(), api.body());
        JsonNode rows = new ObjectMapper().readTree(api.body()).path("outcomes");
        assertTrue(rows.size() > 0, "ketamine has findings by outcome: " + api.body());
        assertEquals(rows.size(), shown.size(), "one table row per outcome measure: " + shown + " vs " + rows);
        boolean placeboTrialBetter = false;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i), cell = shown.get(i);
            assertEquals(row.path("measure").asText(), cell.path("measure").asText(), "rows in the API's order");
            assertEquals(row.path("outcome").asText(), cell.path("outcome").asText());
            assertEquals(directions(row.path("articles")), cell.path("articles").asText(), "articles by direction: " + cell);
            assertEquals(directions(row.path("trials")), cell.path("trials").asText(), "trials by direction: " + cell);
            assertEquals(row.path("comparators").asText(), cell.path("comparators").asText());
            assertEquals(row.path("participants").asText(), leadingNumber(cell.path("participants").asText()),
                    "participants: " + cell + " vs " + row);
            placeboTrialBetter |= row.path("trials").path("better").asLong() >= 1
                    && row.path("comparators").asText().contains("placebo")
                    && row.path("participants").asLong() >= 120;
        }
        assertTrue(placeboTrialBetter, "the 120-patient placebo-controlled trial found ketamine better: " + rows);
    }

    /** "1,200 (+1 trial of unstated size)" is 1200: the figure the cell starts with, without its separators. */
    private static String leadingNumber(String cell) {
        return cell.replace(",", "").replaceFirst("^(\\d+).*$", "$1");
    }

    private static String directions(JsonNode counts) {
        return counts.path("better").asText() + "/" + counts.path("noDifference").asText() + "/" + counts.path("worse").asText();
    }

    private static boolean containsText(JsonNode texts, String wanted) {
        for (JsonNode t : texts) {
            if (t.asText().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode therapyRow(JsonNode shown, String idPart) {
        for (JsonNode row : shown.path("therapies")) {
            if (row.path("id").asText().contains(idPart)) {
                return row;
            }
        }
        throw new AssertionError("no therapy row for " + idPart + ": " + shown.path("therapies"));
    }

    /** Without the token the API and the metrics say 401; with it as a bearer they answer. */
    private static void assertTokenIsRequired(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/api/overview", "/metrics", "/dashboard/")) {
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), path + " without the token");
        }
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("litstream_extract_latency_seconds_bucket"), "extraction latency histogram");
        assertTrue(metrics.body().contains("litstream_ingest_articles_by_source_total{source=\"DIRECTORY\"}"),
                "articles per source");
        assertTrue(metrics.body().lines().anyMatch(l -> l.startsWith("litstream_summaries_updated_total ")
                && !l.endsWith(" 0.0")), "summaries updated");
        assertTrue(metrics.body().contains("litstream_dead_letters_on_topic{reason=\"EMPTY_BODY\"}"),
                "dead letters on the topic per reason");
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), "probes need no token: " + ready.body());
    }

    private static IngestMetrics awaitIngestOutcomes(Pipeline pipeline, int files) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        IngestMetrics m = pipeline.ingestMetrics().orElseThrow();
        while (System.nanoTime() < deadline) {
            m = pipeline.ingestMetrics().orElseThrow();
            if (m.published() + m.skippedUnchanged() + m.duplicates() + m.rejectedTotal() + m.failed() >= files) {
                return m;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ingest did not handle all " + files + " files: " + m);
    }
}
