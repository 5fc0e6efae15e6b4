package io.litstream.ingest.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * Repairs pages where a template left a {@code <![CDATA[} marker in the HTML body. Browsers read
 * it as a bogus comment that ends at the next {@code >} and render what follows; jsoup reads
 * everything up to {@code ]]>} as one text node, so the whole page would come out as markup. Such
 * a page is parsed again without the markers, which is what the browser shows.
 */
final class StrayCData {
    private StrayCData() {
    }

    /** {@code doc} itself, or a re-parsed copy when its body holds a CDATA section full of markup. */
    static Document repaired(Document doc) {
        Element body = doc.body();
        if (body == null || !hasMarkupInCData(body)) {
            return doc;
        }
        String html = doc.outerHtml().replace("<![CDATA[", "").replace("]]>", "");
        return Jsoup.parse(html, doc.location());
    }

    private static boolean isScript(Element parent) {
        return parent != null && (parent.nameIs("script") || parent.nameIs("style"));
    }

    private static boolean hasMarkupInCData(Element body) {
        boolean[] found = {false};
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!found[0] && node instanceof CDataNode c && c.text().indexOf('<') >= 0
                        && !isScript(c.parent())) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }
}
