package io.litstream.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the structured formats by their first bytes, whatever the file is called: a PDF by
 * its {@code %PDF-} header, a JATS article by its root ({@code <article>} with a JATS or NLM
 * DOCTYPE, namespace or {@code <front>}, or {@code <pmc-articleset>}), a PubMed record by
 * {@code <PubmedArticleSet>}. Europe PMC and publishers serve JATS without telling extensions,
 * and people save PDFs under any name.
 */
final class ContentSniffer {
    /** PDF readers accept the header anywhere in the first kilobyte; so does this. */
    private static final int PDF_WINDOW = 1024;
    /** Far enough for a prolog, a DOCTYPE and the root's attributes. */
    private static final int XML_WINDOW = 8 * 1024;

    /** What the start of a document says about it. */
    record Sniffed(Optional<Format> format, Optional<String> xmlRoot) {
        static final Sniffed NOTHING = new Sniffed(Optional.empty(), Optional.empty());
    }

    private ContentSniffer() {
    }

    static Sniffed sniff(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, XML_WINDOW), StandardCharsets.ISO_8859_1);
        int pdf = head.substring(0, Math.min(head.length(), PDF_WINDOW)).indexOf("%PDF-");
        if (pdf >= 0 && isJunk(head.substring(0, pdf))) {
            return new Sniffed(Optional.of(Format.PDF), Optional.empty());
        }
        Prolog prolog = Prolog.read(head);
        if (prolog == null) {
            return Sniffed.NOTHING;
        }
        String root = prolog.root();
        String local = root.substring(root.indexOf(':') + 1);
        Optional<Format> format = switch (local) {
            case "pmc-articleset" -> Optional.of(Format.JATS);
            case "article" -> looksLikeJats(prolog.doctype(), head) ? Optional.of(Format.JATS) : Optional.empty();
            case "PubmedArticleSet" -> Optional.of(Format.PUBMED);
            default -> Optional.empty();
        };
        return new Sniffed(format, Optional.of(root));
    }

    /**
     * Whether what comes before a {@code %PDF-} header is the kind of junk PDF readers skip
     * (nothing, whitespace, binary bytes), not text that merely mentions "%PDF-".
     */
    private static boolean isJunk(String prefix) {
        if (prefix.isBlank()) {
            return true;
        }
        return prefix.chars().anyMatch(c -> c == 0 || c >= 0x80 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'));
    }

    private static boolean looksLikeJats(String doctype, String head) {
        String d = doctype.toLowerCase(Locale.ROOT);
        String h = head.toLowerCase(Locale.ROOT);
        return d.contains("jats") || d.contains("nlm") || d.contains("journal archiving") || d.contains("journal publishing")
                || h.contains("jats.nlm.nih.gov") || h.contains("<front") || h.contains("dtd-version=");
    }

    /**
     * The DOCTYPE and root element name of a document that starts like XML: optional BOM and
     * whitespace, processing instructions, comments, a DOCTYPE, then {@code <name}.
     */
    private record Prolog(String doctype, String root) {
        static Prolog read(String head) {
            int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
            String doctype = "";
            while (true) {
                while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
                    i++;
                }
                if (i >= head.length() || head.charAt(i) != '<') {
                    return null;
                }
                if (head.startsWith("<?", i)) {
                    i = after(head, "?>", i);
                } else if (head.startsWith("<!--", i)) {
                    i = after(head, "-->", i);
                } else if (head.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                    int end = doctypeEnd(head, i);
                    doctype = head.substring(i, end < 0 ? head.length() : end);
                    i = end;
                } else {
                    int start = i + 1;
                    int end = start;
                    while (end < head.length() && isNameChar(head.charAt(end))) {
                        end++;
                    }
                    return end > start ? new Prolog(doctype, head.substring(start, end)) : null;
                }
                if (i < 0) {
                    return null;
                }
            }
        }

        private static int after(String s, String close, int from) {
            int at = s.indexOf(close, from);
            return at < 0 ? -1 : at + close.length();
        }

        /** The end of a DOCTYPE, stepping over an internal subset in brackets. */
        private static int doctypeEnd(String s, int from) {
            boolean subset = false;
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '[') {
                    subset = true;
                } else if (c == ']') {
                    subset = false;
                } else if (c == '>' && !subset) {
                    return i + 1;
                }
            }
            return -1;
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
        }
    }
}
