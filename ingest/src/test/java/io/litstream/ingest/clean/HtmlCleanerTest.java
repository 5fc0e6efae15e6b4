package io.litstream.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlCleanerTest {
    private final HtmlCleaner cleaner = new HtmlCleaner();

    /** Two paragraphs of article prose, long enough to be recognised as the article's core. */
    private static final String PROSE = """
            <p>Researchers followed two hundred adults with recurring low mood through a winter of weekly
            outdoor exercise sessions, recording sleep, appetite and self-rated energy every fortnight.</p>
            <p>Compared with a waiting-list group, the exercisers reported fewer bad weeks, although the
            authors caution that the volunteers may have been unusually motivated to begin with.</p>
            """;

    @Test
    void aPageNestedAHundredAndFiftyThousandDeepIsCleanedWithoutStallingTheIngester() {
        // Each level once asked for the text of everything below it: quadratic in the depth, which
        // made a 1 MB page of nested divs cost the ingester minutes. Linear work takes about a second.
        int depth = 150_000;
        String page = "<html><body>" + "<div>".repeat(depth) + "<h1>Ketamine for depression</h1>" + PROSE
                + "</div>".repeat(depth) + "</body></html>";
        String text = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> cleaner.clean(page));
        assertKeeps(text, "Ketamine for depression", "fewer bad weeks");
    }

    @Test
    void nestedFiguresAndLabelledLinksAreCleanedInLinearTime() {
        // The figure and labelled-link rules look inside an element; a hostile page nests them.
        int depth = 100_000;
        String page = "<html><body>" + PROSE + "<figure>".repeat(depth) + "<p>Related: <a href='/x'>Deep</a></p>"
                + "</figure>".repeat(depth) + "</body></html>";
        String text = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> cleaner.clean(page));
        assertKeeps(text, "fewer bad weeks");
    }

    private String clean(String body) {
        return cleaner.clean("<html><body>" + body + "</body></html>");
    }

    private static void assertKeeps(String text, String... fragments) {
        for (String f : fragments) {
            assertTrue(text.contains(f), () -> "expected to keep \"" + f + "\" in:\n" + text);
        }
    }

    private static void assertDrops(String text, String... fragments) {
        for (String f : fragments) {
            assertFalse(text.contains(f), () -> "expected to drop \"" + f + "\" from:\n" + text);
        }
    }

    @Nested
    class KeepsArticleText {
        @Test
        void paragraphsAreSeparatedByBlankLines() {
            String text = clean("<h1>Outdoor Exercise in Winter</h1>" + PROSE);
            String[] blocks = text.split("\n\n");
            assertEquals(3, blocks.length, text);
            assertEquals("Outdoor Exercise in Winter", blocks[0]);
            assertTrue(blocks[1].startsWith("Researchers followed two hundred adults"), blocks[1]);
            assertFalse(blocks[1].contains("\n"), "source line breaks inside a paragraph collapse to spaces");
        }

        @Test
        void listItemsAreLinesOfTheirOwn() {
            String text = clean(PROSE + "<ul><li>Better sleep</li><li>More <b>steady</b> energy</li></ul><p>After the list.</p>");
            assertKeeps(text, "\n\nBetter sleep\nMore steady energy\n\nAfter the list.");
        }

        @Test
        void paragraphsInsideListItemsStayOnTheItemsLines() {
            String text = clean(PROSE + "<ol><li><p>First point</p><p>with detail</p></li><li>Second point</li></ol>");
            assertKeeps(text, "First point\nwith detail\nSecond point");
        }

        @Test
        void headingsAreBlocksOfTheirOwn() {
            String text = clean(PROSE + "<h2>Methods</h2><p>Participants walked.</p><h3>Limits</h3><p>Small sample.</p>");
            assertKeeps(text, "\n\nMethods\n\nParticipants walked.\n\nLimits\n\nSmall sample.");
        }

        @Test
        void dataTableRowsBecomeLinesWithCellsSeparated() {
            String text = clean(PROSE + "<table><tr><th>Group</th><th>Weeks</th></tr>"
                    + "<tr><td>Exercise</td><td>12</td></tr><tr><td>Waiting list</td><td></td></tr></table>");
            assertKeeps(text, "Group | Weeks\nExercise | 12\nWaiting list");
        }

        @Test
        void layoutTablesAreReadAsBlocks() {
            String text = clean("<table><tr><td><p>Left column prose that is part of the article.</p></td>"
                    + "<td><div>Right column prose, also article text.</div></td></tr></table>");
            assertEquals("Left column prose that is part of the article.\n\nRight column prose, also article text.", text);
        }

        @Test
        void lineBreaksAndPreformattedTextKeepTheirLines() {
            String text = clean(PROSE + "<p>Line one<br>Line two</p><pre>  code  line\n  second</pre>");
            assertKeeps(text, "Line one\nLine two", "code line\nsecond");
        }

        @Test
        void inlineMarkupDoesNotSplitWords() {
            String text = clean("<p>Anti<em>depress</em>ant &amp; <a href='/x'>placebo</a>&nbsp;arms</p>");
            assertEquals("Antidepressant & placebo arms", text);
        }

        @Test
        void articleHeaderWithTitleAndStandfirstIsKeptButNotItsByline() {
            String text = clean("<header class='site'><a href='/'>Example Health</a></header>"
                    + "<article><header><h1>Sunlight and Sleep</h1><p class='standfirst'>Light in the morning helps.</p>"
                    + "<p class='byline'>By A. Writer</p></header>" + PROSE + "</article>");
            assertKeeps(text, "Sunlight and Sleep", "Light in the morning helps.", "Researchers followed");
            assertDrops(text, "Example Health", "By A. Writer");
        }

        @Test
        void articleMarkupIsPreferredOverTheRestOfThePage() {
            String text = clean("<div class='intro-banner'><p>" + "Big promotional words for the whole site. ".repeat(3) + "</p></div>"
                    + "<main><article><h1>The Article</h1>" + PROSE + "</article></main>"
                    + "<div><p>Unrelated text block placed after the article by the template.</p></div>");
            assertTrue(text.startsWith("The Article\n\nResearchers followed"), text);
            assertDrops(text, "promotional", "Unrelated text block");
        }

        @Test
        void itempropArticleBodyWinsAndTitleOutsideItIsPrepended() {
            String text = clean("<h1>Cold Water Swimming and Mood</h1><p>Standfirst outside the body.</p>"
                    + "<div itemprop='articleBody'>" + PROSE + "</div>");
            assertTrue(text.startsWith("Cold Water Swimming and Mood\n\nResearchers followed"), text);
            assertDrops(text, "Standfirst");
        }

        @Test
        void smallTeaserArticlesDoNotCountAsTheArticle() {
            String teasers = "<article><a href='/a'>Teaser one</a></article><article><a href='/b'>Teaser two</a></article>";
            String text = clean("<div>" + PROSE + "</div>" + teasers);
            assertKeeps(text, "Researchers followed", "fewer bad weeks");
        }

        @Test
        void wrapperWithMisleadingClassIsNotDropped() {
            String text = clean("<div class='page has-sidebar comments-open'>" + PROSE + "<aside>Sidebar words</aside></div>");
            assertKeeps(text, "Researchers followed", "fewer bad weeks");
            assertDrops(text, "Sidebar words");
        }

        @Test
        void pageWrappedInOneFormIsKept() {
            String text = clean("<form id='aspnetForm' action='/page.aspx'>" + PROSE + "</form>");
            assertKeeps(text, "Researchers followed");
        }

        @Test
        void contentServedInsideNoscriptIsKeptWhenItIsThePage() {
            String text = clean("<noscript><div id='main-outlet'>" + PROSE + "</div></noscript>");
            assertKeeps(text, "Researchers followed");
        }

        @Test
        void referencesHeadingIsNotATeaser() {
            String text = clean(PROSE + "<h2>References</h2><ol><li>Author A. A study of light. 2020.</li></ol>");
            assertKeeps(text, "References", "Author A. A study of light. 2020.");
        }

        @Test
        void documentIsNotModified() {
            Document doc = Jsoup.parse("<body><nav>Menu</nav>" + PROSE + "</body>");
            String before = doc.outerHtml();
            cleaner.clean(doc);
            assertEquals(before, doc.outerHtml());
        }

        @Test
        void emptyOrBodilessInputGivesEmptyText() {
            assertEquals("", cleaner.clean(""));
            assertEquals("", clean("<script>only()</script><style>p{}</style>"));
        }
    }

    @Nested
    class DropsFurniture {
        @ParameterizedTest(name = "<{0}>")
        @ValueSource(strings = {"script", "style", "noscript", "nav", "aside", "footer", "form", "iframe", "button", "template"})
        void byTag(String tag) {
            String text = clean(PROSE + "<" + tag + ">Furniture words here</" + tag + ">");
            assertKeeps(text, "Researchers followed");
            assertDrops(text, "Furniture words");
        }

        @Test
        void aTrendingBoxInsideAnArticlePageButNotThePopularSectionOfAPageWithoutOne() {
            String box = "<div class='trending-box'><p>Winter sun holidays ranked by our readers this week</p></div>";
            String article = clean("<article>" + PROSE + box + "</article>");
            assertKeeps(article, "Researchers followed");
            assertDrops(article, "Winter sun holidays");

            String service = clean("<main>" + PROSE + box + "</main>");
            assertKeeps(service, "Researchers followed", "Winter sun holidays");
        }

        @Test
        void siteHeaderOutsideTheArticle() {
            String text = clean("<header><div class='logo'>Example Health</div><ul><li>Topics</li></ul></header>" + PROSE);
            assertDrops(text, "Example Health", "Topics");
        }

        @ParameterizedTest(name = "role={0}")
        @ValueSource(strings = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog"})
        void byAriaRole(String role) {
            String text = clean(PROSE + "<div role='" + role + "'>Furniture words here</div>");
            assertDrops(text, "Furniture words");
        }

        @ParameterizedTest(name = "class={0}")
        @ValueSource(strings = {"cookie-banner", "cookieConsentBar", "gdpr-notice", "newsletter-signup", "subscribe-box",
            "share-buttons", "socialShare", "sharedaddy", "comments-area", "related-posts", "jp-relatedposts",
            "recommended", "sidebar-widget", "breadcrumbs", "ad-slot", "sponsored-content", "popup-overlay", "sr-only",
            "byline", "author-bio", "photo-credit", "copyright", "mini-cart", "login-form", "footnotes", "citation"})
        void byClassName(String cls) {
            String text = clean(PROSE + "<div class='" + cls + "'><p>Furniture words here</p></div>");
            assertKeeps(text, "Researchers followed");
            assertDrops(text, "Furniture words");
        }

        @ParameterizedTest(name = "id={0}")
        @ValueSource(strings = {"cookie-notice", "comments", "respond", "newsletter", "disqus_thread"})
        void byId(String id) {
            String text = clean(PROSE + "<section id='" + id + "'>Furniture words here</section>");
            assertDrops(text, "Furniture words");
        }

        @Test
        void classNamesThatOnlyContainAFurnitureWordInsideAnotherWordAreKept() {
            String text = clean(PROSE + "<div class='elementor-widget elementor-text-editor address-block'><p>Kept words.</p></div>");
            assertKeeps(text, "Kept words.");
        }

        @Test
        void hiddenElements() {
            String text = clean(PROSE + "<div style='display: none'>Hidden one</div><div hidden>Hidden two</div>"
                    + "<p aria-hidden='true'>Hidden three</p><span class='visually-hidden'>Hidden four</span>");
            assertDrops(text, "Hidden one", "Hidden two", "Hidden three", "Hidden four");
        }

        @Test
        void linkListsSuchAsMenusAndTagClouds() {
            String text = clean(PROSE + "<ul><li><a href='/1'>Anxiety</a></li><li><a href='/2'>Sleep</a></li>"
                    + "<li><a href='/3'>Nutrition</a></li><li><a href='/4'>Exercise</a></li></ul>");
            assertDrops(text, "Anxiety", "Nutrition");
        }

        @Test
        void linkListsAreKeptOnPagesThatAreAllLinks() {
            String text = clean("<ul><li><a href='/1'>First collected guide title</a></li><li><a href='/2'>Second collected guide title</a></li>"
                    + "<li><a href='/3'>Third collected guide title</a></li></ul>");
            assertKeeps(text, "First collected guide title", "Third collected guide title");
        }

        @Test
        void relatedArticlesBlockIntroducedOnlyByItsHeading() {
            String text = clean("<div class='content'>" + PROSE
                    + "<div class='box'><h3>You may also like</h3><p><a href='/x'>Yoga for beginners</a> A gentle start.</p></div></div>");
            assertKeeps(text, "Researchers followed");
            assertDrops(text, "You may also like", "Yoga for beginners", "A gentle start");
        }

        @Test
        void teaserHeadingWithoutABoxTakesTheFollowingSiblingsUpToTheNextHeading() {
            String text = clean(PROSE + "<h2>Related articles</h2><p><a href='/a'>Sleep hygiene basics</a></p>"
                    + "<p><a href='/b'>Light boxes compared</a></p><h2>Conclusion</h2><p>The final word of the article.</p>");
            assertDrops(text, "Related articles", "Sleep hygiene basics", "Light boxes compared");
            assertKeeps(text, "Conclusion", "The final word of the article.");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Recommended for you", "Read next", "Leave a Reply", "3 Comments",
            "Subscribe to our newsletter", "Share this article", "More from Example Health", "Popular posts"})
        void teaserHeadings(String heading) {
            String text = clean("<div>" + PROSE + "<section><h2>" + heading + "</h2><p>Teaser body words.</p></section></div>");
            assertKeeps(text, "Researchers followed");
            assertDrops(text, heading, "Teaser body words");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Customer Reviews", "Reviews (1,204)", "Ratings & Reviews", "Reviews for Trail Pack 25",
            "Write a review"})
        void customerReviewsOfAShopPageGoLikeComments(String heading) {
            String text = clean("<div><h1>Trail Pack 25</h1>" + PROSE + "<div class='box'><h2>" + heading + "</h2>"
                    + "<p>Jo B. Great pack, the straps never slipped on a long hike.</p></div></div>");
            assertKeeps(text, "Trail Pack 25", "Researchers followed");
            assertDrops(text, heading, "the straps never slipped");
        }

        @Test
        void aReviewArticlesOwnReviewHeadingsAreKept() {
            String text = clean("<article><h1>Six headphones tested</h1><h2>Review</h2>" + PROSE
                    + "<h2>Our review</h2><p>The second pair held its charge for the whole of a long flight home.</p></article>");
            assertKeeps(text, "Review", "Researchers followed", "Our review", "held its charge");
        }

        @Test
        void pageTitleThatLooksLikeATeaserHeadingIsKept() {
            String text = clean("<article><h1>Thoughts on Morning Light</h1>" + PROSE + "</article>");
            assertTrue(text.startsWith("Thoughts on Morning Light"), text);
            assertKeeps(text, "Researchers followed");
        }

        @Test
        void shortBlocksThatAreAllLinksInProse() {
            String text = clean(PROSE + "<p><a href='/a'>Winter walking groups near you</a></p>"
                    + "<h3><a href='/b'>Why daylight matters for mood</a></h3>"
                    + "<p>The trial's <a href='/c'>protocol</a> was registered before the first session began, "
                    + "and every outcome was named in it.</p>");
            assertDrops(text, "Winter walking groups", "Why daylight matters");
            assertKeeps(text, "The trial's protocol was registered");
        }

        @Test
        void theArticlesHeadingsListsTablesAndCaptionsSurviveThePruning() {
            String text = clean("<article><h1>Light Therapy Trial</h1>" + PROSE
                    + "<h2>What the groups did</h2><ul><li>Morning light for <a href='/lux'>30 minutes</a> each day</li>"
                    + "<li>Dim red light as the control</li></ul>"
                    + "<figure><img src='box.jpg'><figcaption>The light box used in the trial.</figcaption></figure>"
                    + "<table><tr><th>Group</th><th>Remission</th></tr><tr><td>Light</td><td>41%</td></tr></table>"
                    + "<p class='byline'>By A. Writer</p></article>");
            assertKeeps(text, "What the groups did", "Morning light for 30 minutes each day", "Dim red light as the control",
                    "The light box used in the trial.", "Group | Remission", "Light | 41%");
            assertDrops(text, "By A. Writer");
        }

        @Test
        void labelledLinksToOtherArticlesInsideTheText() {
            String text = clean(PROSE + "<p>Related: <a href='/a'>A nasal spray changed depression care in three countries</a></p>"
                    + "<p><strong>READ MORE —</strong> <a href='/b'>Light boxes compared for the winter months</a></p>"
                    + "<p>More: the trial's <a href='/c'>registration</a> lists six outcomes, all of them reported in full here.</p>");
            assertDrops(text, "A nasal spray changed", "Light boxes compared");
            assertKeeps(text, "More: the trial's registration lists six outcomes");
        }

        @Test
        void shortLinkedBlocksStayOnListingsWhereTheyAreTheContent() {
            StringBuilder cards = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                cards.append("<div><h3><a href='/").append(i).append("'>Guide number ").append(i)
                        .append(" to sleeping well</a></h3><p>Short summary ").append(i).append(".</p></div>");
            }
            String text = clean(cards.toString());
            assertKeeps(text, "Guide number 1 to sleeping well", "Guide number 4 to sleeping well");
        }

        @Test
        void figuresWithoutACaptionGoWithTheirCredits() {
            String text = clean(PROSE + "<figure><img src='a.jpg'><span>Photo: Agency Images</span></figure>"
                    + "<figure><img src='b.jpg'><figcaption>Participants met at dawn in the park.</figcaption></figure>"
                    + "<figure class='wp-block-table'><table><tr><td>Group</td><td>Bad weeks</td></tr></table></figure>");
            assertDrops(text, "Agency Images");
            assertKeeps(text, "Participants met at dawn in the park.", "Group | Bad weeks");
        }

        @Test
        void readMoreLinks() {
            String text = clean(PROSE + "<p><a href='/full'>Read more \u00bb</a></p><div><a href='/x'>Continue reading</a></div>");
            assertDrops(text, "Read more", "Continue reading");
        }

        @Test
        void aRealisticNewsPage() {
            String page = """
                    <div id="cookie-consent"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
                    <header class="site-header"><a class="logo" href="/">Daily Wellness</a>
                      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/research">Research</a></li></ul></nav>
                    </header>
                    <div class="layout">
                      <main>
                        <article>
                          <h1>Gardening Programme Eases Loneliness</h1>
                          <div class="share-bar"><a href="#">Facebook</a><a href="#">Email</a></div>
                          <p>A community gardening scheme in three towns gave isolated older people a reason to leave home
                          twice a week, and organisers say the effect on mood was visible within a month.</p>
                          <p>Volunteers kept diaries. Most described feeling useful again, and several made new friends
                          among the regular gardeners.</p>
                          <ul><li>Twice-weekly sessions</li><li>Shared tools and seeds</li></ul>
                          <div class="newsletter-box"><h3>Get our weekly digest</h3><form><input type="email"><button>Sign up</button></form></div>
                          <p>The council plans to extend the scheme next spring.</p>
                        </article>
                        <section class="related"><h2>Related stories</h2><ul><li><a href="/a">Allotments and anxiety</a></li></ul></section>
                        <div id="comments"><h2>2 Comments</h2><p>Great idea, we need this here!</p></div>
                      </main>
                      <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/m">Ten tips for sleep</a></li></ol></aside>
                    </div>
                    <footer><p>Copyright Daily Wellness</p></footer>
                    """;
            String text = clean(page);
            assertAll(
                    () -> assertTrue(text.startsWith("Gardening Programme Eases Loneliness\n\nA community gardening scheme"), text),
                    () -> assertKeeps(text, "Twice-weekly sessions\nShared tools and seeds", "The council plans to extend the scheme next spring."),
                    () -> assertDrops(text, "cookies", "Daily Wellness", "Home", "Facebook", "weekly digest", "Sign up",
                            "Related stories", "Allotments", "Great idea", "Most read", "Ten tips", "Copyright"));
        }
    }
}
