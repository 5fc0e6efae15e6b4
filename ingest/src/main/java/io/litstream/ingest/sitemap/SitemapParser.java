package io.litstream.ingest.sitemap;

import io.litstream.ingest.fetch.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses XML sitemaps, gzipped or not, with {@link SafeXml} (no DOCTYPE, so no entity tricks).
 * Entries whose {@code loc} is not an absolute http(s) URL are dropped; the protocol allows at
 * most 50,000 entries and 50 MB uncompressed, and so does this parser.
 */
public final class SitemapParser {
    /** The sitemaps.org limit on entries per file. */
    public static final int MAX_ENTRIES = 50_000;
    private static final long MAX_UNCOMPRESSED = 50L * 1024 * 1024;

    /** The sitemap is malformed, too large, or not a sitemap. */
    public static final class SitemapParseException extends Exception {
        SitemapParseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Sitemap parse(byte[] body) throws SitemapParseException {
        byte[] xml = gunzipIfNeeded(body);
        Document doc;
        try {
            doc = SafeXml.parse(xml, false);
        } catch (SafeXml.UnsafeOrMalformedXml e) {
            throw new SitemapParseException("malformed or unsafe sitemap: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        String rootName = localName(root);
        boolean index;
        String entryName;
        if (rootName.equals("urlset")) {
            index = false;
            entryName = "url";
        } else if (rootName.equals("sitemapindex")) {
            index = true;
            entryName = "sitemap";
        } else {
            throw new SitemapParseException("not a sitemap: root element <" + rootName + ">", null);
        }
        List<Sitemap.Entry> entries = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength() && entries.size() < MAX_ENTRIES; i++) {
            if (children.item(i) instanceof Element entry && localName(entry).equals(entryName)) {
                URI loc = httpUri(childText(entry, "loc"));
                if (loc != null) {
                    entries.add(new Sitemap.Entry(loc, childText(entry, "lastmod")));
                }
            }
        }
        return new Sitemap(index, entries);
    }

    private static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals(name)) {
                return e.getTextContent() == null ? "" : e.getTextContent().strip();
            }
        }
        return "";
    }

    private static String localName(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static URI httpUri(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static byte[] gunzipIfNeeded(byte[] body) throws SitemapParseException {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_UNCOMPRESSED) {
                    throw new SitemapParseException("gzipped sitemap inflates past " + MAX_UNCOMPRESSED + " bytes", null);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new SitemapParseException("corrupt gzip sitemap: " + e.getMessage(), e);
        }
    }
}
