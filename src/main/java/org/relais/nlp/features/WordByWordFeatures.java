package org.relais.nlp.features;

import java.util.List;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * A feature generator whose features for a message are those of each word in turn, each word's
 * depending on that word alone. The classifier then numbers each word's features once and reuses
 * them (see {@code org.relais.nlp.intent.FeatureIndex}); {@link #extractFeatures} must equal the
 * concatenation of {@link #ofWord} over the words, in order.
 */
public interface WordByWordFeatures extends FeatureGenerator {

  /** The features of one normalised word, in the order {@link #extractFeatures} gives them. */
  List<String> ofWord(String word);
}
