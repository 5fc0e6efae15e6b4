package io.litstream.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses XML from the network without the classic attacks: no external DTDs, entities or
 * schemas are ever loaded (XXE, SSRF through the parser), and entity expansion is bounded by the
 * JDK's secure-processing limits ("billion laughs" fails instead of filling the heap).
 * A DOCTYPE itself is allowed only when {@code allowDoctype} is set, because NCBI's E-utilities
 * announce one in every response; the DTD it names is not fetched, and a DOCTYPE with an internal
 * subset (where entities are declared) is refused before parsing: no legitimate response has one.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** Thrown for XML that is malformed or that tries anything the parser refuses. */
    public static final class UnsafeOrMalformedXml extends Exception {
        public UnsafeOrMalformedXml(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Document parse(byte[] xml, boolean allowDoctype) throws UnsafeOrMalformedXml {
        if (allowDoctype && hasInternalSubset(xml)) {
            throw new UnsafeOrMalformedXml("DOCTYPE with an internal subset (entity declarations) refused", null);
        }
        try {
            DocumentBuilder builder = factory(allowDoctype).newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                // Belt and braces: should anything still ask for an external entity, it gets nothing.
                return new InputSource(new ByteArrayInputStream(new byte[0]));
            });
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        } catch (SAXException | IOException e) {
            throw new UnsafeOrMalformedXml(e.getMessage(), e);
        }
    }

    /** Whether the prolog's DOCTYPE opens an internal subset ({@code [}) before it closes. */
    static boolean hasInternalSubset(byte[] xml) {
        // A first look; the parser's own limits (no external entities, expansion capped) stay in force behind it.
        java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.ISO_8859_1;
        if (xml.length >= 2 && ((xml[0] == (byte) 0xfe && xml[1] == (byte) 0xff) || (xml[0] == 0 && xml[1] == '<'))) {
            charset = java.nio.charset.StandardCharsets.UTF_16BE;
        } else if (xml.length >= 2 && ((xml[0] == (byte) 0xff && xml[1] == (byte) 0xfe) || (xml[0] == '<' && xml[1] == 0))) {
            charset = java.nio.charset.StandardCharsets.UTF_16LE;
        }
        String head = new String(xml, 0, Math.min(xml.length, 64 * 1024), charset);
        int doctype = head.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            return false;
        }
        int bracket = head.indexOf('[', doctype);
        int close = head.indexOf('>', doctype);
        return bracket >= 0 && (close < 0 || bracket < close);
    }

    private static DocumentBuilderFactory factory(boolean allowDoctype) throws ParserConfigurationException {
        // The JDK's own parser, without the service lookup newInstance() repeats on every call (it scans the
        // class path, and cost more than parsing an article).
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !allowDoctype);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // A document may declare entities in its internal subset; with a DOCTYPE allowed, keep the
        // expansion small: far below the JDK default of 64,000, enough for any real PubMed record.
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "100");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        return f;
    }
}
