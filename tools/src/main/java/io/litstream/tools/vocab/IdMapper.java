package io.litstream.tools.vocab;

import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.topics.extraction.EntityIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives each lexicon entry the MeSH, DrugBank, ChEBI and GO ids the vocabularies hold for it, by
 * exact name only, because a wrong id is worse than none:
 * <ul>
 *   <li>MeSH: the entry's name, else its synonyms, against descriptor and supplementary concept
 *       names (with MeSH's "Receptors, GABA-A" also read as "GABA-A receptors");</li>
 *   <li>DrugBank, for drugs (and a transmitter named as itself): name against name, name against
 *       DrugBank's synonyms, then the entry's synonyms against either;</li>
 *   <li>ChEBI through DrugBank's own cross-reference, else MeSH's; GO through MeSH's, for
 *       mechanisms only.</li>
 * </ul>
 * The best tier that finds anything decides; when it finds two ids, none is taken. When two
 * entries find one id, the one with the closer match keeps it, and on a tie neither does. Then
 * the reviewed decisions ({@link Review}) are applied.
 */
final class IdMapper {
    static final String MESH = "mesh";
    static final String DRUGBANK = "drugbank";
    private final Vocabulary vocabulary;
    private final Review review;
    private final NameIndex meshNames = new NameIndex();
    private final NameIndex drugNames = new NameIndex();
    private final NameIndex drugSynonyms = new NameIndex();

    IdMapper(Vocabulary vocabulary, Review review) {
        this.vocabulary = vocabulary;
        this.review = review;
        vocabulary.mesh().forEach((id, name) -> meshNames.addMesh(name, id));
        for (Vocabulary.DrugBankDrug d : vocabulary.drugs()) {
            drugNames.add(d.name(), d.id());
            d.synonyms().forEach(s -> drugSynonyms.add(s, d.id()));
        }
    }

    List<EntryMapping> map(List<LexiconEntry> entries) {
        List<LexiconEntry> entities = entries.stream().filter(e -> e.kind() != EntityKind.NONE).toList();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        entities.forEach(e -> notes.put(e.id(), new ArrayList<>()));
        Map<String, String> mesh = chosen(entities, MESH, this::meshCandidate, notes);
        Map<String, String> drugbank = chosen(entities, DRUGBANK, this::drugCandidate, notes);
        List<EntryMapping> out = new ArrayList<>();
        Map<String, String> chebiOwner = new HashMap<>();
        for (LexiconEntry e : entities) {
            String m = mesh.get(e.id());
            String d = drugbank.get(e.id());
            String chebi = reviewed(e, "chebi", chebi(m, d, notes.get(e.id())));
            String go = reviewed(e, "go", e.kind() == EntityKind.MECHANISM
                    ? Vocabulary.single(vocabulary.meshGo(), m).orElse(null) : null);
            if (chebi != null && chebiOwner.putIfAbsent(chebi, e.id()) != null) {
                notes.get(e.id()).add("chebi " + chebi + " already given to " + chebiOwner.get(chebi));
                chebi = null;
            }
            out.add(new EntryMapping(e, new EntityIds(m, d, chebi, go), notes.get(e.id())));
        }
        return out;
    }

    private interface Finder {
        Candidate find(LexiconEntry entry);
    }

    /** Each entry's id in one namespace, after ambiguity, sharing between entries and review. */
    private Map<String, String> chosen(List<LexiconEntry> entries, String namespace, Finder finder,
                                       Map<String, List<String>> notes) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        Map<String, Integer> bestTier = new HashMap<>();
        Map<String, Integer> atBestTier = new HashMap<>();
        for (LexiconEntry e : entries) {
            Candidate c = finder.find(e);
            found.put(e.id(), c);
            if (c.ids().size() > 1) {
                notes.get(e.id()).add(namespace + " ambiguous " + c.ids());
            } else if (c.unique()) {
                int best = bestTier.getOrDefault(c.id(), Integer.MAX_VALUE);
                if (c.tier() < best) {
                    bestTier.put(c.id(), c.tier());
                    atBestTier.put(c.id(), 1);
                } else if (c.tier() == best) {
                    atBestTier.merge(c.id(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (LexiconEntry e : entries) {
            Candidate c = found.get(e.id());
            String id = c.id();
            if (id != null && (c.tier() > bestTier.get(id) || atBestTier.get(id) > 1)) {
                notes.get(e.id()).add(namespace + " " + id + " shared with another entry matching it as well or better");
                id = null;
            }
            String value = reviewed(e, namespace, id);
            if (value != null) {
                out.put(e.id(), value);
            }
        }
        return out;
    }

    /** The id after review: a reviewed id replaces the found one, {@code -} removes it. */
    private String reviewed(LexiconEntry e, String namespace, String found) {
        Optional<String> decided = review.id(e.id(), namespace);
        if (decided.isEmpty()) {
            return found;
        }
        String id = decided.get();
        if (id.equals(Review.NONE)) {
            return null;
        }
        boolean known = switch (namespace) {
            case MESH -> vocabulary.mesh().containsKey(id);
            case DRUGBANK -> vocabulary.drugs().stream().anyMatch(d -> d.id().equals(id));
            default -> true;
        };
        if (!known) {
            throw new IllegalArgumentException(Review.FILE + ": " + id + " for " + e.id() + " is not in the vocabulary");
        }
        return id;
    }

    private Candidate meshCandidate(LexiconEntry e) {
        return firstFound(List.of(meshNames.find(e.name()), meshNames.findAny(e.synonyms())));
    }

    private Candidate drugCandidate(LexiconEntry e) {
        boolean drug = "DRUG".equals(e.category());
        boolean transmitter = "NEUROTRANSMITTER".equals(e.category());
        if (!drug && !transmitter) {
            return Candidate.NONE;
        }
        List<Set<String>> tiers = new ArrayList<>(List.of(drugNames.find(e.name()), drugSynonyms.find(e.name())));
        if (drug) {
            tiers.add(drugNames.findAny(e.synonyms()));
            tiers.add(drugSynonyms.findAny(e.synonyms()));
        }
        return firstFound(tiers);
    }

    private static Candidate firstFound(List<Set<String>> tiers) {
        for (int i = 0; i < tiers.size(); i++) {
            if (!tiers.get(i).isEmpty()) {
                return new Candidate(tiers.get(i), i);
            }
        }
        return Candidate.NONE;
    }

    private String chebi(String mesh, String drugbank, List<String> notes) {
        String chebi = vocabulary.chebi(mesh, drugbank);
        if (chebi == null && Vocabulary.single(vocabulary.drugChebi(), drugbank).isPresent()
                && Vocabulary.single(vocabulary.meshChebi(), mesh).isPresent()) {
            notes.add("chebi left out: DrugBank's and MeSH's disagree");
        }
        return chebi;
    }
}
