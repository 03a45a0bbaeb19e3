package org.relais.nlp;

import java.util.Objects;

/** A message and the intent it means: one training or test example. */
public record LabelledText(String text, String intent) {

  public LabelledText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(intent, "intent");
  }
}
