package io.litstream.ingest.dedupe;

/** Article texts written for these tests: one press release and two distinct articles on one drug. */
public final class Texts {
    /** A press release as a wire service sends it to every outlet. */
    public static final String PRESS_RELEASE = String.join(" ",
            "Researchers at the Northfield Institute reported today that a six week course of weekly",
            "psilocybin-assisted therapy reduced depressive symptoms in adults whose depression had not",
            "responded to at least two antidepressants. In the randomised trial, 212 participants received",
            "either two guided sessions with a 25 mg dose or a low control dose, together with preparation",
            "and integration meetings with a therapist. After six weeks, scores on the Montgomery-Asberg",
            "Depression Rating Scale fell by an average of 14 points in the active group compared with",
            "6 points in the control group. Remission was reached by 29 percent of participants in the",
            "active group and by 9 percent of those in the control group. Headache, nausea and transient",
            "anxiety on the dosing day were the most common side effects, and no participant needed to be",
            "admitted to hospital. The lead author cautioned that the benefit should be confirmed in longer",
            "studies with more diverse participants before the treatment is offered outside trials, and",
            "that the team will now follow the participants for a full year to see whether the improvement lasts.");

    /** An article about esketamine nasal spray. */
    public static final String ESKETAMINE_TRIAL = String.join(" ",
            "A multicentre study of esketamine nasal spray in treatment-resistant depression found that",
            "adding the spray to an oral antidepressant shortened the time to response compared with",
            "placebo spray. Patients self-administered the spray twice a week under supervision in a",
            "clinic and were monitored for two hours after each dose for dissociation and raised blood",
            "pressure. Response rates at four weeks were 54 percent with esketamine and 39 percent with",
            "placebo, and the difference held at the end of the maintenance phase. Dizziness, a feeling",
            "of detachment and a metallic taste were reported most often; most events resolved on the",
            "day of dosing. The authors note that the supervision requirement places a burden on clinics",
            "and that cost remains a barrier in many health systems.");

    /** Another article on esketamine: same drug and vocabulary, different story. */
    public static final String ESKETAMINE_REVIEW = String.join(" ",
            "Esketamine, the S-enantiomer of ketamine, acts on glutamate signalling rather than on",
            "serotonin, which may explain why some patients who gain little from conventional",
            "antidepressants respond within days. This review summarises what is known about its",
            "mechanism, from NMDA receptor blockade to increased synaptic plasticity in the prefrontal",
            "cortex, and weighs the evidence from registration trials against observations from routine",
            "practice. Real-world cohorts report response rates close to those of the trials, but also",
            "higher discontinuation, mostly for practical reasons such as travel to the clinic. Open",
            "questions include the best duration of maintenance treatment, the risk of misuse, and",
            "whether intravenous ketamine offers similar benefit at lower cost.");

    private Texts() {
    }
}
