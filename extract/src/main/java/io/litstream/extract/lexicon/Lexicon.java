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
import io.litstream.topics.extraction.EntityIds;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
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
    /** Generated from the outside vocabularies by {@code litstream vocab}; keyed by lexicon id. */
    static final String IDS = "ids.tsv";
    static final String VOCABULARY_SYNONYMS = "vocabulary-synonyms.tsv";
    static final String VOCABULARY_NAMES = "vocabulary-names.tsv";
    private static final int VERSION_HEX_CHARS = 10;

    private final Map<String, LexiconEntry> byId;
    private final DiscoveredNames discoveredNames;
    private final Node root = new Node();
    private final String version;

    /**
     * Builds a lexicon from entries.
     *
     * @param entries every entry; ids unique, parents present
     * @param version a short tag saying which lexicon this is (goes into the extractor version)
     */
    public Lexicon(Collection<LexiconEntry> entries, String version) {
        this(entries, Map.of(), version);
    }

    /**
     * Builds a lexicon from entries, with the outside ids of names it does not hold.
     *
     * @param discoveredNames canonical id ({@code ModelTherapies.canonicalId}) to the ids a therapy
     *                        found outside the lexicon gets under that id
     */
    public Lexicon(Collection<LexiconEntry> entries, Map<String, EntityIds> discoveredNames, String version) {
        this(entries, new DiscoveredNames(discoveredNames), version);
    }

    private Lexicon(Collection<LexiconEntry> entries, DiscoveredNames discoveredNames, String version) {
        this.discoveredNames = discoveredNames;
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
        // After every hand-written form, so that a vocabulary's name never takes a phrase the
        // lexicon gives to another entry (first registration wins).
        for (LexiconEntry e : ids.values()) {
            e.vocabularySynonyms().forEach(s -> add(e, s));
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
            List<LexiconEntry> handWritten = handWritten(digest);
            Map<String, EntityIds> outsideIds = LexiconFiles.parseIds(read(IDS, digest), IDS);
            Map<String, List<String>> synonyms = LexiconFiles.parseSynonyms(
                    read(VOCABULARY_SYNONYMS, digest), VOCABULARY_SYNONYMS);
            DiscoveredNames names = new DiscoveredNames(read(VOCABULARY_NAMES, digest), VOCABULARY_NAMES);
            String hash = HexFormat.of().formatHex(digest.digest()).substring(0, VERSION_HEX_CHARS);
            return new Lexicon(withVocabulary(handWritten, outsideIds, synonyms), names, hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The hand-written entries alone (therapies, mechanisms and blocked phrases), without the
     * generated vocabulary files: what {@code litstream vocab} maps onto the vocabularies, so that
     * regenerating never depends on what it generated before.
     */
    public static List<LexiconEntry> handWritten() {
        try {
            return handWritten(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static List<LexiconEntry> handWritten(MessageDigest digest) {
        List<LexiconEntry> entries = new ArrayList<>();
        entries.addAll(LexiconFiles.parseEntries(read(THERAPIES, digest), EntityKind.THERAPY, THERAPIES));
        entries.addAll(LexiconFiles.parseEntries(read(MECHANISMS, digest), EntityKind.MECHANISM, MECHANISMS));
        entries.addAll(LexiconFiles.parseBlocked(read(NOT_ENTITIES, digest), NOT_ENTITIES));
        return entries;
    }

    private static List<LexiconEntry> withVocabulary(List<LexiconEntry> entries, Map<String, EntityIds> outsideIds,
                                                     Map<String, List<String>> synonyms) {
        Set<String> known = new HashSet<>();
        entries.forEach(e -> known.add(e.id()));
        for (String id : union(outsideIds.keySet(), synonyms.keySet())) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("the generated vocabulary files name " + id
                        + ", which the lexicon lacks: run litstream vocab again");
            }
        }
        return entries.stream()
                .map(e -> e.withVocabulary(outsideIds.get(e.id()), synonyms.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The keys under which the matcher finds a written form, each as one string: two forms with a
     * key in common are the same name to the lexicon (case, plurals, accents, hyphens folded;
     * abbreviation-like words kept exact).
     */
    public static Set<String> formKeys(String form) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> keys : keysOf(form)) {
            out.add(String.join(" ", keys));
        }
        return out;
    }

    /** A short content hash of the lexicon files: changes whenever the lexicon does. */
    public String version() {
        return version;
    }

    /**
     * The outside ids of a therapy the lexicon lacks, by its canonical id: those of the vocabulary
     * name written exactly like it, else none.
     */
    public EntityIds discoveredIds(String canonicalId) {
        return discoveredNames.of(canonicalId);
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
