package io.litstream.tools.ner;

/**
 * One abstract the intervention model learns from.
 *
 * @param document its tokens and tags
 * @param expert   whether its intervention labels are the medically trained annotators' (the
 *                 expert release) rather than the crowd's (EBM-NLP's development split)
 */
public record TrainingAbstract(EbmNlpDocument document, boolean expert) {
}
