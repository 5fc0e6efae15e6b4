package io.litstream.extract.lexicon;

import io.litstream.extract.nlp.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The therapies and mechanisms the extractor knows, as data ({@code therapies.tsv},
 * {@code mechanisms.tsv}, {@code not-entities.tsv} beside this class; the format is described in
 * their header comments), compiled into a word trie for longest-match lookup.
 *
 * <p>Immutable once built, so one instance is shared by all threads ({@link #shared()}).
 */
public final class Lexicon {
    static final String THERAPIES = "therapies.tsv";
    static final String MECHANISMS = "mechanisms.tsv";
    static final String NOT_ENTITIES = "not-entities.tsv";
    private static final int VERSION_HEX_CHARS = 10;

    private final Map<String, LexiconEntry> byId;
    private final Node root = new Node();
    private final String version;

    /**
     * Builds a lexicon from entries.
     *
     * @param entries every entry; ids unique, parents present
     * @param version a short tag saying which lexicon this is (goes into the extractor version)
     */
    public Lexicon(Collection<LexiconEntry> entries, String version) {
        Map<String, LexiconEntry> ids = new LinkedHashMap<>();
        for (LexiconEntry e : entries) {
            if (ids.put(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate lexicon id " + e.id());
            }
        }
        for (LexiconEntry e : ids.values()) {
            if (e.parent() != null && !ids.containsKey(e.parent())) {
                throw new IllegalArgumentException("lexicon entry " + e.id() + " names unknown parent " + e.parent());
            }
            add(e, e.name());
            e.synonyms().forEach(s -> add(e, s));
        }
        this.byId = Map.copyOf(ids);
        this.version = version;
    }

    /** The lexicon shipped with the extractor, loaded on first use and shared by the process. */
    public static Lexicon shared() {
        return Shared.INSTANCE;
    }

    /** Loads the shipped lexicon now (prefer {@link #shared()}). */
    public static Lexicon loadDefault() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<LexiconEntry> entries = new ArrayList<>();
            entries.addAll(LexiconFiles.parseEntries(read(THERAPIES, digest), EntityKind.THERAPY, THERAPIES));
            entries.addAll(LexiconFiles.parseEntries(read(MECHANISMS, digest), EntityKind.MECHANISM, MECHANISMS));
            entries.addAll(LexiconFiles.parseBlocked(read(NOT_ENTITIES, digest), NOT_ENTITIES));
            String hash = HexFormat.of().formatHex(digest.digest()).substring(0, VERSION_HEX_CHARS);
            return new Lexicon(entries, hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A short content hash of the lexicon files: changes whenever the lexicon does. */
    public String version() {
        return version;
    }

    public Optional<LexiconEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry's broader entries, nearest first (sertraline: SSRIs, antidepressants). */
    public List<LexiconEntry> ancestors(String id) {
        List<LexiconEntry> out = new ArrayList<>();
        LexiconEntry e = byId.get(id);
        while (e != null && e.parent() != null && out.size() < byId.size()) {
            e = byId.get(e.parent());
            out.add(e);
        }
        return out;
    }

    public Collection<LexiconEntry> entries() {
        return byId.values();
    }

    Node root() {
        return root;
    }

    /** Registers one written form under each of its {@link #keysOf key sequences}. */
    private void add(LexiconEntry entry, String form) {
        for (List<String> keys : keysOf(form)) {
            insert(entry, keys);
        }
    }

    /**
     * The trie paths a written form is found under: its words' keys split at hyphens and, when it
     * has any, also with its hyphenated words joined. Two forms with a path in common are one name.
     */
    static List<List<String>> keysOf(String form) {
        List<MatchToken> tokens = MatchTokenizer.tokenize(form);
        if (tokens.isEmpty()) {
            return List.of();
        }
        if (tokens.stream().anyMatch(MatchToken::hyphenToNext)) {
            return List.of(keys(tokens, false), keys(tokens, true));
        }
        return List.of(keys(tokens, false));
    }

    private static List<String> keys(List<MatchToken> tokens, boolean joinHyphenated) {
        List<String> keys = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (MatchToken t : tokens) {
            joined.append(t.text());
            if (joinHyphenated && t.hyphenToNext()) {
                continue;
            }
            String word = joined.toString();
            joined.setLength(0);
            keys.add(TextNormalizer.isAbbreviationLike(word) ? exactKey(TextNormalizer.exact(word))
                    : TextNormalizer.fold(word));
        }
        return keys;
    }

    private void insert(LexiconEntry entry, List<String> keys) {
        Node node = root;
        for (String k : keys) {
            node = node.children.computeIfAbsent(k, x -> new Node());
        }
        // First registration wins: the files list specific senses before generic ones.
        if (node.entry == null) {
            node.entry = entry;
        }
    }

    /** Case-sensitive keys live in the same trie, told apart by a prefix no folded word has. */
    static String exactKey(String exact) {
        return "=" + exact;
    }

    private static String read(String resource, MessageDigest digest) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource " + resource + " is missing");
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
    }

    /** A trie node: the words that may follow, and the entry a phrase ending here names. */
    static final class Node {
        final Map<String, Node> children = new HashMap<>();
        LexiconEntry entry;
    }

    private static final class Shared {
        static final Lexicon INSTANCE = loadDefault();
    }
}
