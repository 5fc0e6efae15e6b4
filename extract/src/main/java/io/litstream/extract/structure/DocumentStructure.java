package io.litstream.extract.structure;

import io.litstream.extract.structure.LineClassifier.Line;
import io.litstream.topics.article.ArticleBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article's cleaned text into content blocks: headings, paragraphs and list items,
 * grouped into sections, with the page clutter ({@link Boilerplate}) left out.
 *
 * <p>Ingest hands over plain text in which paragraphs are separated by blank lines, but pages
 * converted from HTML also put one paragraph per line, keep headings on their own line without
 * punctuation, keep bullets, markdown markers and pipe tables. A heading or list item is always a
 * block of its own so that no sentence runs across it.
 *
 * <p>When ingest found the structure in the source's markup ({@link ArticleBlock}s from HTML or
 * markdown), that structure is used as it is: a heading is a heading however many words it has,
 * a one-line paragraph stays a paragraph. The line heuristics of {@link LineClassifier} are only
 * the fallback for plain text. Either way the same clutter rules apply: teaser and newsletter
 * sections are skipped, clutter lines dropped, repeated paragraphs kept once.
 */
public final class DocumentStructure {
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;\"”’)\\]]$");
    /** A teaser list ends only where real prose starts again: several sentences, many words. */
    private static final int PROSE_MIN_WORDS = 40;
    private static final int PROSE_MIN_SENTENCES = 3;
    /** Only a paragraph this long can be a copy of another one (a preview, a repeated standfirst). */
    private static final int DUPLICATE_MIN_WORDS = 8;

    private DocumentStructure() {
    }

    /** The content blocks of {@code text}, after an optional {@code title} block. */
    public static List<Block> parse(String title, String text) {
        List<Line> lines = LineClassifier.classify(text == null ? "" : text);
        return new Assembler(title, LineClassifier.hardWrapped(lines)).assemble(lines);
    }

    /**
     * The content blocks of an article whose structure ingest found ({@code blocks}), or of its
     * {@code text} when {@code blocks} is null or empty (plain text, older records).
     */
    public static List<Block> parse(String title, String text, List<ArticleBlock> blocks) {
        if (blocks == null || blocks.isEmpty()) {
            return parse(title, text);
        }
        return new Assembler(title, false).assembleBlocks(blocks);
    }

    /** Joins lines into blocks, tracks sections, and skips clutter sections. */
    private static final class Assembler {
        private final String title;
        private final boolean hardWrapped;
        private final List<Block> blocks = new ArrayList<>();
        private final Set<String> seenHeadings = new HashSet<>();
        /** Blocks made from a truncated line: previews that may repeat a later paragraph. */
        private final Set<Integer> previews = new HashSet<>();
        private boolean openTruncated;
        private final StringBuilder open = new StringBuilder();
        private BlockKind openKind;
        private boolean openEnded;
        private int section;
        private String sectionHeading;
        private Skip skip = Skip.NONE;

        private enum Skip { NONE, TO_NEXT_HEADING, TO_PROSE }

        Assembler(String title, boolean hardWrapped) {
            this.title = title == null || title.isBlank() ? null : title.strip();
            this.hardWrapped = hardWrapped;
        }

        List<Block> assemble(List<Line> lines) {
            if (title != null) {
                blocks.add(new Block(0, BlockKind.TITLE, title, 0, null, -1));
                seenHeadings.add(key(title));
            }
            for (Line line : lines) {
                switch (line.kind()) {
                    case BLANK, CLUTTER -> close();
                    case HEADING -> heading(line.text());
                    case LIST_ITEM -> {
                        close();
                        start(BlockKind.LIST_ITEM, line.text());
                    }
                    case TEXT -> {
                        text(line.text());
                        openTruncated |= line.truncated();
                    }
                }
            }
            close();
            return dropDuplicates();
        }

        List<Block> assembleBlocks(List<ArticleBlock> typed) {
            if (title != null) {
                blocks.add(new Block(0, BlockKind.TITLE, title, 0, null, -1));
                seenHeadings.add(key(title));
            }
            for (ArticleBlock b : typed) {
                if (b.type() == null || b.text() == null) {
                    continue; // a record from a writer that knew other types: its text is still in the text
                }
                switch (b.type()) {
                    case HEADING -> heading(oneLine(b.text()));
                    case TABLE -> whole(BlockKind.TABLE, b.text());
                    case CAPTION -> whole(BlockKind.CAPTION, oneLine(b.text()));
                    case LIST_ITEM -> whole(BlockKind.LIST_ITEM, withoutClutterLines(b.text()));
                    case PARAGRAPH, QUOTE -> whole(BlockKind.PARAGRAPH, withoutClutterLines(b.text()));
                }
            }
            close();
            return dropDuplicates();
        }

        /** A block as ingest gave it: never merged with its neighbours. */
        private void whole(BlockKind kind, String text) {
            close();
            if (!text.isEmpty()) {
                start(kind, text);
                close();
            }
        }

        /** The lines of a block that are not clutter (bylines, dates, share lines), joined into one. */
        private String withoutClutterLines(String text) {
            StringBuilder kept = new StringBuilder();
            for (String line : text.split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !Boilerplate.isClutterLine(t, sectionHeading)) {
                    kept.append(kept.length() > 0 ? " " : "").append(t);
                }
            }
            return kept.toString();
        }

        private static String oneLine(String text) {
            return text.replaceAll("\\s+", " ").strip();
        }

        private void heading(String text) {
            close();
            if (Boilerplate.isTeaserHeading(text)) {
                skip = Skip.TO_PROSE;
                return;
            }
            if (skip == Skip.TO_NEXT_HEADING) {
                skip = Skip.NONE;
            }
            if (Boilerplate.isNewsletterHeading(text)) {
                skip = Skip.TO_NEXT_HEADING;
                return;
            }
            if (skip != Skip.NONE) {
                return;
            }
            section++;
            sectionHeading = text;
            if (seenHeadings.add(key(text))) {
                blocks.add(new Block(blocks.size(), BlockKind.HEADING, text, section, sectionHeading, -1));
            }
        }

        private void text(String text) {
            // Hard-wrapped text breaks paragraphs only at blank lines. Otherwise a line ending a
            // sentence closes its paragraph (one paragraph per line) and a line that stops
            // mid-sentence continues into the next.
            if (openKind != null && (hardWrapped || !openEnded)) {
                open.append(' ').append(text);
                openEnded = TERMINAL.matcher(text).matches();
                return;
            }
            close();
            start(BlockKind.PARAGRAPH, text);
        }

        private void start(BlockKind kind, String text) {
            openKind = kind;
            open.append(text);
            openEnded = TERMINAL.matcher(text).matches();
        }

        private void close() {
            if (openKind == null) {
                return;
            }
            String text = open.toString().strip();
            BlockKind kind = openKind;
            boolean truncated = openTruncated;
            open.setLength(0);
            openKind = null;
            openTruncated = false;
            if (skip == Skip.TO_PROSE && isProse(text)) {
                skip = Skip.NONE;
            }
            if (skip != Skip.NONE || text.isEmpty()) {
                return;
            }
            if (truncated) {
                previews.add(blocks.size());
            }
            blocks.add(new Block(blocks.size(), kind, text, section, sectionHeading,
                    kind == BlockKind.LIST_ITEM ? leadIn() : -1));
        }

        /** The paragraph right before this list (only items between), when it introduces it with ':'. */
        private int leadIn() {
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Block b = blocks.get(i);
                if (b.section() != section || b.kind() == BlockKind.HEADING) {
                    return -1;
                }
                if (b.kind() == BlockKind.PARAGRAPH) {
                    return b.text().endsWith(":") ? b.index() : -1;
                }
            }
            return -1;
        }

        private static boolean isProse(String text) {
            if (Boilerplate.wordCount(text) < PROSE_MIN_WORDS) {
                return false;
            }
            int sentences = 1;
            Matcher m = LineClassifier.SENTENCE_BREAK.matcher(text);
            while (m.find()) {
                sentences++;
            }
            return sentences >= PROSE_MIN_SENTENCES;
        }

        /**
         * Drops a paragraph that repeats an earlier one (a repeated standfirst) and a truncated
         * preview contained in a longer paragraph (an abstract's teaser above the abstract).
         */
        private List<Block> dropDuplicates() {
            List<String> keys = blocks.stream().map(b -> key(b.text())).toList();
            Set<String> seen = new HashSet<>();
            List<Block> kept = new ArrayList<>();
            for (Block b : blocks) {
                String k = keys.get(b.index());
                boolean substantial = b.kind().carriesFindings() && Boilerplate.wordCount(b.text()) >= DUPLICATE_MIN_WORDS;
                if (substantial && (!seen.add(k) || previews.contains(b.index()) && containedInLonger(k, keys))) {
                    continue;
                }
                kept.add(b);
            }
            return renumber(kept);
        }

        private boolean containedInLonger(String key, List<String> keys) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).length() > key.length() && blocks.get(i).kind().carriesFindings()
                        && keys.get(i).contains(key)) {
                    return true;
                }
            }
            return false;
        }

        private static List<Block> renumber(List<Block> kept) {
            List<Block> out = new ArrayList<>(kept.size());
            int[] newIndex = new int[kept.isEmpty() ? 0 : kept.get(kept.size() - 1).index() + 1];
            Arrays.fill(newIndex, -1);
            for (Block b : kept) {
                newIndex[b.index()] = out.size();
                int leadIn = b.leadIn() >= 0 && b.leadIn() < newIndex.length ? newIndex[b.leadIn()] : -1;
                out.add(new Block(out.size(), b.kind(), b.text(), b.section(), b.sectionHeading(), leadIn));
            }
            return List.copyOf(out);
        }

        private static String key(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }
    }
}
