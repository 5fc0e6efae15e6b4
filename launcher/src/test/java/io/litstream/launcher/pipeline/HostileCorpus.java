package io.litstream.launcher.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile input corpus of {@code src/test/resources/hostile/}: its MANIFEST read into cases,
 * and the bodies of its files and generators. See the MANIFEST for the format.
 */
final class HostileCorpus {
    private static final String ROOT = "/hostile/";
    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(inbox|page|feed|europepmc)\\s+(\\S+)\\s+(.+)");
    private static final Pattern DEAD_LETTER = Pattern.compile("dead-letter\\s+([A-Z_]+)\\s+\"(.*)\"");
    private static final Pattern ARTICLE = Pattern.compile("article\\s+\"(.*)\"\\s+therapies=(\\S+)");

    enum Via { INBOX, PAGE, FEED, EUROPEPMC }

    /** What a case must end as. */
    sealed interface Expected permits DeadLetter, Article {
    }

    /** A dead letter whose reason header is {@code reason} and whose detail header contains {@code detail}. */
    record DeadLetter(String reason, String detail) implements Expected {
    }

    /** An extraction with this title that found at least these therapies. */
    record Article(String title, List<String> therapies) implements Expected {
    }

    record Case(String name, Via via, String input, Expected expected) {
        /** Whether the input is a body (file or generator) rather than a server behaviour or an address. */
        boolean hasBody() {
            return input.startsWith("file:") || input.startsWith("gen:");
        }

        /** The extension an inbox file or a page gets: that of the input file, that of a generated document, else html. */
        String extension() {
            if (input.startsWith("file:")) {
                String file = input.substring("file:".length());
                return file.substring(file.lastIndexOf('.') + 1);
            }
            String generated = input.startsWith("gen:") ? HostileDocuments.extension(input.split(":")[1]) : null;
            return generated != null ? generated : "html";
        }
    }

    private HostileCorpus() {
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String raw : resource("MANIFEST").split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("MANIFEST line not understood: " + line);
            }
            cases.add(new Case(m.group(1), Via.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT)), m.group(3),
                    expected(m.group(4).strip())));
        }
        return cases;
    }

    private static Expected expected(String text) {
        Matcher d = DEAD_LETTER.matcher(text);
        if (d.matches()) {
            return new DeadLetter(d.group(1), d.group(2));
        }
        Matcher a = ARTICLE.matcher(text);
        if (a.matches()) {
            return new Article(a.group(1), List.of(a.group(2).split(",")));
        }
        throw new IllegalArgumentException("expectation not understood: " + text);
    }

    /** The bytes of a {@code file:} or {@code gen:} input. */
    static byte[] body(String input) {
        if (input.startsWith("file:")) {
            return bytes(input.substring("file:".length()));
        }
        String[] gen = input.split(":");
        int n = Integer.parseInt(gen[2]);
        return switch (gen[1]) {
            case "nested-html" -> nestedHtml(n);
            case "large-page" -> largePage(n);
            case "long-article" -> longArticle(n);
            default -> {
                byte[] document = HostileDocuments.make(gen[1], n);
                if (document == null) {
                    throw new IllegalArgumentException("no generator " + gen[1]);
                }
                yield document;
            }
        };
    }

    /**
     * A short ketamine article inside {@code depth} nested {@code <div>}s. The depth is in its text, so
     * that two depths are two articles (ingest publishes an identical text only once).
     */
    static byte[] nestedHtml(int depth) {
        String article = "<h1>Ketamine deep in the page</h1><p>In a randomized controlled trial, a single ketamine"
                + " infusion reduced depressive symptoms within a day compared with placebo. This page nests it "
                + depth + " elements deep.</p>";
        return ("<!DOCTYPE html><html><head><title>Ketamine deep in the page</title></head><body>"
                + "<div>".repeat(depth) + article + "</div>".repeat(depth) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code size} bytes of an HTML page of repeated paragraphs. */
    static byte[] largePage(int size) {
        byte[] head = "<!DOCTYPE html><html><head><title>Large</title></head><body>".getBytes(StandardCharsets.US_ASCII);
        byte[] paragraph = "<p>Depression treatment notes, repeated to make the page large.</p>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, Math.min(head.length, size));
        for (int i = head.length; i < size; i++) {
            out[i] = paragraph[(i - head.length) % paragraph.length];
        }
        return out;
    }

    /**
     * An HTML article of about {@code size} bytes on ketamine: numbered paragraphs, each its own
     * sentence, so that cleaning keeps them all (well under the 5 MB input limit, above the 1 MB a
     * producer takes by default).
     */
    static byte[] longArticle(int size) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Ketamine at length</title></head><body>"
                + "<article><h1>Ketamine at length</h1>");
        for (int i = 1; page.length() < size; i++) {
            page.append("<p>Observation ").append(i).append(": in a randomized controlled trial, a single ketamine infusion"
                    + " reduced depressive symptoms within a day compared with placebo in patient group ").append(i).append(".</p>\n");
        }
        return page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A {@code europepmc} case's record title and abstract ({@code files/<case>.abstract}), when it has them. */
    static Optional<String[]> recordAbstract(Case c) {
        String path = ROOT + "files/" + c.name() + ".abstract";
        if (HostileCorpus.class.getResource(path) == null) {
            return Optional.empty();
        }
        return Optional.of(resource(c.name() + ".abstract").strip().split("\n", 2));
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        String path = ROOT + (name.equals("MANIFEST") ? name : "files/" + name);
        try (InputStream in = HostileCorpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
