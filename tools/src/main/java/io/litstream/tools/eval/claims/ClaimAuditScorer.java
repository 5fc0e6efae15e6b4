package io.litstream.tools.eval.claims;

import io.litstream.tools.eval.claims.LocatedClaims.Located;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.EvidenceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores one document's claims against its labels, by the audit README's matching rule: a claim
 * belongs to a labelled sentence when its sentence overlaps the span, and to the entry of that
 * sentence with the same therapy; of several such entries (one per outcome) the one it agrees with
 * most, since claims do not yet name their outcome. Attributes compared are those a claim has:
 * therapy, type, polarity, hedging, evidence level. The evidence level is the article's, except
 * that a regulator's statement may carry {@code REGULATORY} on any page.
 */
final class ClaimAuditScorer {
    private ClaimAuditScorer() {
    }

    /** A labelled finding where it was found in the reference text. */
    private record Placed(AuditFinding finding, Span span) {
    }

    static AuditCounts score(AuditDocument doc, LocatedClaims claims, NormalisedText reference) {
        List<Placed> findings = new ArrayList<>();
        for (AuditFinding f : doc.findings()) {
            f.where().in(reference).ifPresent(span -> findings.add(new Placed(f, span)));
        }
        List<Span> nonFindings = doc.nonFindings().stream().map(n -> n.in(reference)).flatMap(Optional::stream).toList();
        int onFindings = 0;
        int onNon = 0;
        int matched = 0;
        int type = 0;
        int polarity = 0;
        int hedged = 0;
        int evidence = 0;
        int all = 0;
        for (Located l : claims.all()) {
            List<Placed> here = findings.stream().filter(p -> l.overlaps(p.span())).toList();
            if (here.isEmpty()) {
                onNon += nonFindings.stream().anyMatch(l::overlaps) ? 1 : 0;
                continue;
            }
            onFindings++;
            List<String> names = TherapyMatch.namesOf(l.claim(), claims.extraction());
            Optional<AuditFinding> entry = here.stream().map(Placed::finding)
                    .filter(f -> TherapyMatch.matches(names, f.therapy()) || TherapyMatch.matches(names, f.intervention()))
                    .max((a, b) -> Integer.compare(agreement(l.claim(), a), agreement(l.claim(), b)));
            if (entry.isEmpty()) {
                continue;
            }
            matched++;
            AuditFinding f = entry.get();
            boolean t = l.claim().type().name().equals(f.type());
            boolean p = l.claim().polarity().name().equals(f.polarity());
            boolean h = l.claim().hedged() == f.hedged();
            boolean e = evidenceRight(l.claim(), doc, f);
            type += t ? 1 : 0;
            polarity += p ? 1 : 0;
            hedged += h ? 1 : 0;
            evidence += e ? 1 : 0;
            all += t && p && h && e ? 1 : 0;
        }
        int main = 0;
        int mainFound = 0;
        for (Placed p : findings) {
            if (!p.finding().main()) {
                continue;
            }
            main++;
            boolean found = claims.on(p.span()).stream().anyMatch(l ->
                    l.claim().polarity().name().equals(p.finding().polarity())
                            && (TherapyMatch.matches(TherapyMatch.namesOf(l.claim(), claims.extraction()), p.finding().therapy())
                            || TherapyMatch.matches(TherapyMatch.namesOf(l.claim(), claims.extraction()),
                            p.finding().intervention())));
            mainFound += found ? 1 : 0;
        }
        return new AuditCounts(onFindings, onNon, matched, type, polarity, hedged, evidence, all, main, mainFound,
                claims.unlocated());
    }

    private static int agreement(Claim c, AuditFinding f) {
        return (c.type().name().equals(f.type()) ? 1 : 0) + (c.polarity().name().equals(f.polarity()) ? 1 : 0)
                + (c.hedged() == f.hedged() ? 1 : 0);
    }

    private static boolean evidenceRight(Claim c, AuditDocument doc, AuditFinding f) {
        return c.evidence().name().equals(doc.evidence())
                || c.evidence() == EvidenceLevel.REGULATORY && "REGULATORY".equals(f.type());
    }
}
