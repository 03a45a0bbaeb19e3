package org.relais.nlp.intent;

/**
 * The features of one message that the model knows, with their weights.
 *
 * @param names feature names, as the maxent model knows them
 * @param values their tf-idf weights, scaled so that the message's vector has length 1
 * @param knownShare the share of the message's weight carried by features seen in training: low for
 *     a message made of words the model never saw
 */
public record WeightedFeatures(String[] names, float[] values, double knownShare) {}
