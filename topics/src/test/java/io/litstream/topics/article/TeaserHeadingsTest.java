package io.litstream.topics.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TeaserHeadingsTest {

    @Test
    void teaserAndCommentHeadingsOpenOtherContentWhateverTheirCaseAndTrailingMarks() {
        for (String heading : new String[] {"Related Articles", "You might also like…", "Read next »",
                "More from the clinic", "Editor’s picks", "12 Comments", "Three thoughts on light boxes",
                "Similar posts", "About the author"}) {
            assertTrue(TeaserHeadings.opensOtherContent(heading), heading);
        }
    }

    @Test
    void signUpHeadingsAndWidgetLabelsAreKindsOfTheirOwn() {
        assertTrue(TeaserHeadings.opensSignUp("Get our weekly newsletter"));
        assertTrue(TeaserHeadings.opensSignUp("Stay connected with the sleep lab"));
        assertFalse(TeaserHeadings.opensOtherContent("Get our weekly newsletter"));

        assertTrue(TeaserHeadings.labelsWidget("Share this post"));
        assertTrue(TeaserHeadings.labelsWidget("Tags:"));
        assertFalse(TeaserHeadings.opensSignUp("Share this post"), "a share label is one line in plain text, not a box");
        assertTrue(TeaserHeadings.opensClutter("Share this post"));
    }

    @Test
    void articleHeadingsBackMatterAndLongLinesAreNotClutter() {
        for (String heading : new String[] {"Results", "Related work in rodents", "More patients, fewer relapses",
                "References", "Sources", "Related Expert Advice articles"}) {
            assertFalse(TeaserHeadings.opensClutter(heading), heading);
        }
        assertFalse(TeaserHeadings.opensClutter("Comments " + "from the trial's steering committee ".repeat(3)));
    }
}
