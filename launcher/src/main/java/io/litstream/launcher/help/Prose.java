package io.litstream.launcher.help;

import java.util.ArrayList;
import java.util.List;

/**
 * Help text as paragraphs wrapped at spaces only. Picocli breaks lines where the JDK's line
 * BreakIterator allows, which includes after every dot: {@code kafka.security.protocol} and
 * "e.g." came out split over two lines, and description arrays written line by line broke
 * mid-sentence at any other width.
 */
final class Prose {
    /** Glued to the word after it: a line never ends in "e.g." with its example on the next. */
    private static final List<String> GLUED = List.of("e.g.", "i.e.");

    private Prose() {
    }

    /** The paragraphs of {@code lines}: consecutive lines joined with a space, a blank line ends one. */
    static List<String> paragraphs(String... lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            } else {
                current.append(current.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        if (current.length() > 0 || paragraphs.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** {@code paragraph} in lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(paragraph)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        for (String word : paragraph.strip().split(" +")) {
            int last = words.size() - 1;
            if (last >= 0 && GLUED.contains(words.get(last))) {
                words.set(last, words.get(last) + " " + word);
            } else if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
