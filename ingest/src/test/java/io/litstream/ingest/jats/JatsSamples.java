package io.litstream.ingest.jats;

import java.nio.charset.StandardCharsets;

/** JATS documents written for these tests, in the shape PubMed Central serves them. */
final class JatsSamples {
    static final String DOCTYPE = "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN\" \"JATS-archivearticle1.dtd\">\n";

    static final String ARTICLE = DOCTYPE + """
            <article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" xml:lang="en">
            <front>
              <journal-meta><journal-id journal-id-type="nlm-ta">J Imag Psychiatry</journal-id>
                <journal-title-group><journal-title>Journal of Imaginary Psychiatry</journal-title></journal-title-group></journal-meta>
              <article-meta>
                <article-id pub-id-type="pmid">31000001</article-id>
                <article-id pub-id-type="pmc">6000001</article-id>
                <article-id pub-id-type="doi">10.5555/JIP.2021.0042</article-id>
                <title-group><article-title>Ketamine <italic>versus</italic> midazolam for treatment-resistant depression<xref ref-type="fn" rid="fn1">*</xref></article-title>
                  <alt-title alt-title-type="running-head">Ketamine trial</alt-title></title-group>
                <contrib-group><contrib contrib-type="author"><name><surname>Doe</surname><given-names>Jane</given-names></name></contrib></contrib-group>
                <author-notes><corresp>Correspondence to Jane Doe, nowhere street.</corresp></author-notes>
                <pub-date pub-type="epub"><day>14</day><month>3</month><year>2021</year></pub-date>
                <pub-date pub-type="ppub"><month>6</month><year>2021</year></pub-date>
                <abstract>
                  <sec><title>Background</title><p>Ketamine acts within hours.</p></sec>
                  <sec><title>Results</title><p>Response was higher with ketamine (64% <italic>v</italic> 28%).</p></sec>
                </abstract>
                <abstract abstract-type="teaser"><p>A teaser nobody reads.</p></abstract>
              </article-meta>
            </front>
            <body>
              <sec><label>1</label><title>Introduction</title>
                <p>Depression that resists two antidepressants is common [<xref ref-type="bibr" rid="B1">1</xref>].</p>
                <p>We compared two infusions:<list list-type="bullet"><list-item><p>ketamine 0.5 mg/kg</p></list-item><list-item><p>midazolam 0.045 mg/kg</p></list-item></list>and followed patients for a week.</p>
              </sec>
              <sec><label>2</label><title>Methods</title>
                <sec><title>Participants</title><p>Adults aged 18 to 65 took part.</p></sec>
                <disp-quote><p>Patients said the infusion felt strange.</p></disp-quote>
                <fig id="F1"><label>Figure 1</label><caption><p>Flow of participants.</p></caption><graphic xlink:href="f1.jpg"/></fig>
                <table-wrap id="T1"><label>Table 1</label><caption><title>Baseline characteristics.</title></caption>
                  <table><thead><tr><th>Group</th><th>Age</th></tr></thead><tbody><tr><td>Ketamine</td><td>45</td></tr><tr><td>Midazolam</td><td>47</td></tr></tbody></table>
                  <table-wrap-foot><fn><p>Age in years.</p></fn></table-wrap-foot></table-wrap>
              </sec>
            </body>
            <back>
              <ack><p>We thank the nurses who made this possible.</p></ack>
              <fn-group><fn id="fn1"><p>Registered as a made-up trial.</p></fn></fn-group>
              <ref-list><ref id="B1"><mixed-citation>Somebody A. An unrelated reference title. 2001.</mixed-citation></ref></ref-list>
            </back>
            </article>
            """;

    private JatsSamples() {
    }

    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code depth} sections, each inside the last, the innermost holding a paragraph. */
    static String nestedSections(int depth) {
        StringBuilder s = new StringBuilder(DOCTYPE);
        s.append("<article><front><article-meta><title-group><article-title>Deep</article-title></title-group>")
                .append("</article-meta></front><body>");
        s.append("<sec><title>Level</title>".repeat(depth));
        s.append("<p>The innermost paragraph.</p>");
        s.append("</sec>".repeat(depth));
        s.append("</body></article>");
        return s.toString();
    }
}
