package io.litstream.tools.vocab;

import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DrugBank's names and synonyms of the lexicon's drugs, as synonyms of the therapy they map to,
 * for the drug classes litstream follows (by the lexicon's class chain or MeSH's Psychotropic
 * Drugs and Therapeutics branches), with each drug's name in its common salt forms
 * ("esketamine hydrochloride"). Left out, each with its reason in {@link #rejected()}:
 * forms the lexicon already gives any entry, forms DrugBank also gives another drug, short
 * all-capital codes ("NMDA" is a ketamine synonym there), very short or very long forms, and the
 * reviewed ones (common words, street names).
 */
final class SynonymHarvest {
    /** The lexicon's classes the issue names: antidepressants ... supplements. */
    static final Set<String> CLASSES = Set.of("antidepressants", "antipsychotics", "anxiolytics",
            "dissociative-anesthetics", "psychedelic-assisted-therapy", "neurosteroids", "hormone-therapies",
            "dietary-supplements");
    /** MeSH's Psychotropic Drugs and Therapeutics. */
    static final List<String> TREES = List.of("D27.505.696", "E02");
    /** Salts a drug is sold as; not acetate, which names esters that are other drugs (medroxyprogesterone acetate). */
    static final List<String> SALTS = List.of("hydrochloride", "HCl", "hydrobromide", "sulfate", "maleate",
            "fumarate", "succinate", "tartrate", "citrate", "mesylate", "oxalate");
    private static final int MIN_CHARS = 4;
    private static final int MAX_CHARS = 60;
    private static final int MAX_CODE_CHARS = 8;

    private final Vocabulary vocabulary;
    private final Review review;
    private final Map<String, LexiconEntry> byId = new LinkedHashMap<>();
    private final Map<String, String> handWrittenOwner = new HashMap<>();
    private final Map<String, Set<String>> drugsByKey = new HashMap<>();
    private final List<String> rejected = new ArrayList<>();

    SynonymHarvest(Vocabulary vocabulary, Review review, List<LexiconEntry> handWritten) {
        this.vocabulary = vocabulary;
        this.review = review;
        for (LexiconEntry e : handWritten) {
            byId.put(e.id(), e);
            forms(e).forEach(f -> Lexicon.formKeys(f).forEach(k -> handWrittenOwner.putIfAbsent(k, e.id())));
        }
        for (Vocabulary.DrugBankDrug d : vocabulary.drugs()) {
            for (String form : drugForms(d)) {
                Lexicon.formKeys(form).forEach(k -> drugsByKey.computeIfAbsent(k, x -> new java.util.TreeSet<>()).add(d.id()));
            }
        }
    }

    /** Lexicon id to the synonyms it gains, in DrugBank's order. */
    Map<String, List<String>> harvest(List<EntryMapping> mappings) {
        Map<String, Map<String, String>> byEntry = new LinkedHashMap<>();
        Map<String, Integer> keyUses = new HashMap<>();
        for (EntryMapping m : mappings) {
            String drugbank = m.ids().drugbank();
            if (drugbank == null || !"DRUG".equals(m.entry().category()) || !inScope(m)) {
                continue;
            }
            Vocabulary.DrugBankDrug drug = vocabulary.drugs().stream().filter(d -> d.id().equals(drugbank))
                    .findFirst().orElseThrow();
            Map<String, String> kept = new LinkedHashMap<>();
            List<String> candidates = new ArrayList<>(drugForms(drug));
            for (String salt : SALTS) {
                candidates.add(drug.name() + " " + salt);
            }
            for (String form : candidates) {
                String why = rejection(m.entry(), drugbank, form);
                String key = Lexicon.formKeys(form).iterator().next();
                if (why == null && !kept.containsKey(key)) {
                    kept.put(key, form);
                    keyUses.merge(key, 1, Integer::sum);
                } else if (why != null && !why.isEmpty()) {
                    rejected.add(m.entry().id() + "\t" + form + "\t" + why);
                }
            }
            byEntry.put(m.entry().id(), kept);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        byEntry.forEach((id, kept) -> {
            List<String> forms = new ArrayList<>();
            kept.forEach((key, form) -> {
                if (keyUses.get(key) == 1) {
                    forms.add(form);
                } else {
                    rejected.add(id + "\t" + form + "\tharvested for two therapies");
                }
            });
            if (!forms.isEmpty()) {
                out.put(id, forms);
            }
        });
        return out;
    }

    /** Each form left out and why, tab-separated: lexicon id, form, reason. */
    List<String> rejected() {
        return List.copyOf(rejected);
    }

    /** Whether the drug belongs to a class litstream follows, by the lexicon's chain or by MeSH's tree. */
    boolean inScope(EntryMapping m) {
        LexiconEntry e = m.entry();
        for (int hops = 0; e != null && hops < byId.size(); hops++) {
            if (CLASSES.contains(e.id())) {
                return true;
            }
            e = e.parent() == null ? null : byId.get(e.parent());
        }
        List<String> trees = m.ids().mesh() == null ? List.of()
                : vocabulary.meshTrees().getOrDefault(m.ids().mesh(), List.of());
        return trees.stream().anyMatch(t -> TREES.stream().anyMatch(t::startsWith));
    }

    /** Why a form is left out, "" when it is one the entry has already, null when it is kept. */
    private String rejection(LexiconEntry entry, String drugbank, String form) {
        if (form.length() < MIN_CHARS || form.length() > MAX_CHARS) {
            return "length";
        }
        if (form.length() <= MAX_CODE_CHARS && form.chars().noneMatch(Character::isLowerCase)) {
            return "short code";
        }
        for (String key : Lexicon.formKeys(form)) {
            String owner = handWrittenOwner.get(key);
            if (owner != null) {
                return owner.equals(entry.id()) ? "" : "the lexicon's form of " + owner;
            }
            Set<String> drugs = drugsByKey.getOrDefault(key, Set.of());
            if (drugs.size() > 1 || (drugs.size() == 1 && !drugs.contains(drugbank))) {
                return "DrugBank also names " + drugs;
            }
        }
        if (review.dropsSynonym(entry.id(), form)) {
            return "reviewed: " + review.droppedSynonyms().get(entry.id() + "\t" + form.toLowerCase(java.util.Locale.ROOT));
        }
        return null;
    }

    private static List<String> forms(LexiconEntry e) {
        List<String> out = new ArrayList<>();
        out.add(e.name());
        out.addAll(e.synonyms());
        return out;
    }

    private static List<String> drugForms(Vocabulary.DrugBankDrug d) {
        List<String> out = new ArrayList<>();
        out.add(d.name());
        out.addAll(d.synonyms());
        return out;
    }
}
