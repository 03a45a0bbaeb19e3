package org.relais.nlp.intent;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP GIS model's weights by the numbers of a {@link FeatureIndex}, evaluated as {@code
 * GISModel.eval} does (uniform prior, the weights summed in the features' order, {@code
 * StrictMath.exp}, normalised) without looking each feature up by name again: same probabilities,
 * bit for bit ({@code FeatureIndexTest}). Holds OpenNLP's own parameter objects, no copy. Immutable
 * and thread-safe.
 */
final class GisWeights {

  private final Context[] byFeature;
  private final int outcomeCount;
  private final double logUniformPrior;

  private GisWeights(Context[] byFeature, int outcomeCount) {
    this.byFeature = byFeature;
    this.outcomeCount = outcomeCount;
    this.logUniformPrior = StrictMath.log(1.0 / outcomeCount); // what UniformPrior computes
  }

  /** The weights of {@code model} by the index's numbers, if it is a plain GIS model. */
  static Optional<GisWeights> of(MaxentModel model, FeatureIndex index) {
    if (model.getClass() != GISModel.class) {
      return Optional.empty(); // other trainers evaluate differently: they keep OpenNLP's path
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> byName = (Map<String, Context>) ((GISModel) model).getDataStructures()[1];
    Context[] byFeature = new Context[index.size()];
    for (int id = 0; id < byFeature.length; id++) {
      byFeature[id] = byName.get(index.name(id)); // null: a feature GIS dropped
    }
    return Optional.of(new GisWeights(byFeature, model.getNumOutcomes()));
  }

  /** The model's probability of each outcome for these features. */
  double[] probabilities(FeatureIndex.NumberedFeatures features) {
    double[] sums = new double[outcomeCount];
    Arrays.fill(sums, logUniformPrior);
    int[] ids = features.ids();
    float[] values = features.values();
    for (int i = 0; i < ids.length; i++) {
      Context context = byFeature[ids[i]];
      if (context == null) {
        continue;
      }
      int[] outcomes = context.getOutcomes();
      double[] parameters = context.getParameters();
      double value = values[i];
      for (int k = 0; k < outcomes.length; k++) {
        sums[outcomes[k]] += parameters[k] * value;
      }
    }
    double normal = 0.0;
    for (int outcome = 0; outcome < outcomeCount; outcome++) {
      sums[outcome] = StrictMath.exp(sums[outcome]);
      normal += sums[outcome];
    }
    for (int outcome = 0; outcome < outcomeCount; outcome++) {
      sums[outcome] /= normal;
    }
    return sums;
  }
}
