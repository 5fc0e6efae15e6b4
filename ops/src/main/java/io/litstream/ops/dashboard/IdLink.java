package io.litstream.ops.dashboard;

import io.litstream.topics.extraction.EntityIds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An outside id of a therapy as the dashboard links it: to the public page of its vocabulary.
 *
 * @param vocabulary MeSH, DrugBank, ChEBI or GO
 * @param id         the id ({@code D007649})
 * @param url        its public page
 */
public record IdLink(String vocabulary, String id, String url) {
    /** The links of {@code ids} (null for none), in the order MeSH, DrugBank, ChEBI, GO. */
    public static List<IdLink> of(EntityIds ids) {
        List<IdLink> out = new ArrayList<>();
        if (ids == null) {
            return out;
        }
        add(out, "MeSH", ids.mesh(), "https://meshb.nlm.nih.gov/record/ui?ui=");
        add(out, "DrugBank", ids.drugbank(), "https://go.drugbank.com/drugs/");
        add(out, "ChEBI", ids.chebi(), "https://www.ebi.ac.uk/chebi/searchId.do?chebiId=");
        add(out, "GO", ids.go(), "https://amigo.geneontology.org/amigo/term/");
        return out;
    }

    private static void add(List<IdLink> out, String vocabulary, String id, String page) {
        if (id != null) {
            // the id's format is checked (EntityIds), so encoding only guards against a future namespace
            out.add(new IdLink(vocabulary, id, page + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("%3A", ":")));
        }
    }
}
