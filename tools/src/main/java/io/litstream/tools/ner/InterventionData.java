package io.litstream.tools.ner;

import io.litstream.extract.ner.TaggedToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which EBM-NLP abstracts the intervention model trains on and which it is scored on.
 *
 * <p>The held-out abstracts are expert-labelled ones that are not in the development split (so they
 * are like EBM-NLP's test set, labelled by medical professionals, and no crowd copy of them is
 * trained on): those whose PubMed id hashes into one of three buckets ({@link #heldOut}). It does
 * not depend on file order, so adding abstracts to either file moves none between the parts.
 *
 * <p>The training abstracts are every development-split abstract, in file order, then the other
 * expert-labelled ones, in file order. A development abstract that the experts re-labelled takes
 * the experts' interventions and keeps the crowd's participants and outcomes on the tokens the
 * experts left out (the first pass learns those roles too); when the two releases tokenize it
 * differently, the expert copy alone is used.
 */
public final class InterventionData {
    static final String EXPERT = "ebmnlp-expert/interventions.txt";

    /** @param training in the order described above; {@code heldOut} in file order */
    /**
     * @param crowdCount how many of {@code training}, from the start, are the development split's
     */
    public record Split(List<TrainingAbstract> training, int crowdCount, List<EbmNlpDocument> heldOut) {
        public Split {
            training = List.copyOf(training);
            heldOut = List.copyOf(heldOut);
        }
    }

    private InterventionData() {
    }

    public static Split split(List<EbmNlpDocument> crowd, List<EbmNlpDocument> expert) {
        Map<String, EbmNlpDocument> expertById = new LinkedHashMap<>();
        expert.forEach(d -> expertById.put(d.pmid(), d));
        List<TrainingAbstract> training = new ArrayList<>();
        Set<String> inCrowd = new HashSet<>();
        for (EbmNlpDocument d : crowd) {
            inCrowd.add(d.pmid());
            EbmNlpDocument e = expertById.get(d.pmid());
            training.add(e == null ? new TrainingAbstract(d, false) : new TrainingAbstract(merged(d, e), true));
        }
        List<EbmNlpDocument> heldOut = new ArrayList<>();
        for (EbmNlpDocument e : expertById.values()) {
            if (inCrowd.contains(e.pmid())) {
                continue;
            }
            if (heldOut(e.pmid())) {
                heldOut.add(e);
            } else {
                training.add(new TrainingAbstract(e, true));
            }
        }
        return new Split(training, crowd.size(), heldOut);
    }

    /** Whether an expert-labelled abstract that is not in the development split is held out: a third of them. */
    static boolean heldOut(String pmid) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(pmid.getBytes(StandardCharsets.UTF_8));
            return Byte.toUnsignedInt(h[0]) % 3 == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The expert's interventions with the crowd's other roles, when both tokenize the abstract alike. */
    static EbmNlpDocument merged(EbmNlpDocument crowd, EbmNlpDocument expert) {
        List<TaggedToken> c = crowd.sentences().stream().flatMap(List::stream).toList();
        List<TaggedToken> e = expert.sentences().stream().flatMap(List::stream).toList();
        if (c.size() != e.size()) {
            return expert;
        }
        for (int i = 0; i < c.size(); i++) {
            if (!c.get(i).text().equals(e.get(i).text())) {
                return expert;
            }
        }
        List<List<TaggedToken>> sentences = new ArrayList<>();
        int k = 0;
        for (List<TaggedToken> sentence : crowd.sentences()) {
            List<TaggedToken> out = new ArrayList<>(sentence.size());
            for (TaggedToken t : sentence) {
                String expertTag = e.get(k++).tag();
                boolean crowdInt = InterventionCorpus.isIntervention(t.tag());
                String tag = InterventionCorpus.isIntervention(expertTag) ? expertTag : crowdInt ? "O" : t.tag();
                out.add(new TaggedToken(t.text(), tag));
            }
            sentences.add(out);
        }
        return new EbmNlpDocument(crowd.pmid(), sentences);
    }
}
