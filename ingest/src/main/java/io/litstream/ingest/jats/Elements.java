package io.litstream.ingest.jats;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Child lookups by local name. JATS elements carry no namespace in PMC files, but some publishers
 * declare a default one; matching the local name reads both alike.
 */
final class Elements {
    private Elements() {
    }

    static String name(Element e) {
        String local = e.getLocalName();
        return local != null ? local : e.getTagName();
    }

    static boolean is(Node n, String name) {
        return n instanceof Element e && name(e).equals(name);
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, name)) {
                return (Element) n;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, name)) {
                found.add((Element) n);
            }
        }
        return found;
    }

    static List<Element> elementChildren(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    /** The first element at the end of a path of child names, or null. */
    static Element path(Element from, String... names) {
        Element at = from;
        for (String name : names) {
            at = child(at, name);
            if (at == null) {
                return null;
            }
        }
        return at;
    }
}
