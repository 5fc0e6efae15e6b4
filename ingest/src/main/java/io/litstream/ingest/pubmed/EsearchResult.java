package io.litstream.ingest.pubmed;

import io.litstream.ingest.fetch.SafeXml;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One page of an {@code esearch} answer.
 *
 * @param count    how many records match in all
 * @param retStart the offset of this page
 * @param ids      the PMIDs of this page
 * @param webEnv   the history server's WebEnv, when {@code usehistory=y} was asked
 * @param queryKey the history server's query key, likewise
 */
public record EsearchResult(int count, int retStart, List<String> ids, String webEnv, String queryKey) {
    public EsearchResult {
        ids = List.copyOf(ids);
    }

    /** Parses an {@code eSearchResult} document; an {@code ERROR} element in it is a failure. */
    public static EsearchResult parse(byte[] xml) throws SafeXml.UnsafeOrMalformedXml {
        Element root = SafeXml.parse(xml, true).getDocumentElement();
        if (!root.getTagName().equals("eSearchResult")) {
            throw new SafeXml.UnsafeOrMalformedXml("not an eSearchResult but <" + root.getTagName() + ">", null);
        }
        String error = childText(root, "ERROR");
        if (!error.isEmpty()) {
            throw new SafeXml.UnsafeOrMalformedXml("esearch error: " + error, null);
        }
        List<String> ids = new ArrayList<>();
        Element idList = child(root, "IdList");
        if (idList != null) {
            NodeList nodes = idList.getElementsByTagName("Id");
            for (int i = 0; i < nodes.getLength(); i++) {
                String id = nodes.item(i).getTextContent().strip();
                if (id.matches("\\d{1,12}")) {
                    ids.add(id);
                }
            }
        }
        return new EsearchResult(intOr(childText(root, "Count"), 0), intOr(childText(root, "RetStart"), 0), ids,
                emptyToNull(childText(root, "WebEnv")), emptyToNull(childText(root, "QueryKey")));
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element e = child(parent, name);
        return e == null || e.getTextContent() == null ? "" : e.getTextContent().strip();
    }

    private static int intOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
