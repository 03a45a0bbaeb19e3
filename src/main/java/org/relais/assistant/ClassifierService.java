package org.relais.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.IntentScore;
import org.relais.nlp.LanguageHint;

/**
 * The intent classifier the bot uses. Until a model is loaded, every typed message is treated as
 * out of scope, so it goes to a person: a bot that cannot understand must not guess.
 */
@ApplicationScoped
public class ClassifierService {
  private final AtomicReference<BiFunction<String, LanguageHint, IntentPrediction>> classifier =
      new AtomicReference<>();

  /** Swaps the classifier at once; conversations in progress simply use the new one next turn. */
  public void use(BiFunction<String, LanguageHint, IntentPrediction> newClassifier) {
    classifier.set(newClassifier);
  }

  /**
   * Installs {@code newClassifier} only when none is in service yet: the model shipped with the
   * application must not replace a version put in service before it was read.
   *
   * @return whether it was installed
   */
  public boolean useUnlessLoaded(BiFunction<String, LanguageHint, IntentPrediction> newClassifier) {
    return classifier.compareAndSet(null, newClassifier);
  }

  public boolean isLoaded() {
    return classifier.get() != null;
  }

  public IntentPrediction classify(String text, LanguageHint hint) {
    return Optional.ofNullable(classifier.get())
        .map(current -> current.apply(text, hint))
        .orElseGet(() -> notUnderstood(hint));
  }

  private static IntentPrediction notUnderstood(LanguageHint hint) {
    String language =
        hint.conversationLanguage() != null ? hint.conversationLanguage() : hint.pickedLanguage();
    return new IntentPrediction(
        List.of(new IntentScore(IntentPrediction.OUT_OF_SCOPE, 1.0)), language, true);
  }
}
