package org.relais.nlp;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relais.nlp.language.LanguageDetection;
import org.relais.nlp.language.LanguageDetector;

/**
 * The languages a corpus is written in: those of at least a tenth of the messages whose language
 * shows beyond doubt. A model is no judge of messages in any other language.
 */
final class TrainingLanguages {

  private static final double MINIMUM_SHARE = 0.1;

  private TrainingLanguages() {}

  static List<String> of(List<LabelledText> corpus) {
    LanguageDetector detector = LanguageDetector.withoutStatistics();
    Map<String, Integer> counts = new TreeMap<>();
    int sure = 0;
    for (LabelledText example : corpus) {
      LanguageDetection detection = detector.detect(example.text(), LanguageHint.none());
      if (detection.certain()) {
        counts.merge(detection.language(), 1, Integer::sum);
        sure++;
      }
    }
    int minimum = (int) Math.ceil(MINIMUM_SHARE * sure);
    return counts.entrySet().stream()
        .filter(entry -> entry.getValue() >= minimum)
        .map(Map.Entry::getKey)
        .toList();
  }
}
