package org.relais.nlp.intent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The bytes of an intent model: a header, sorted text properties, sorted feature weights, then
 * OpenNLP's own binary maxent model. Everything is written in a fixed order and nothing depends on
 * the clock, so the same corpus and options give the same bytes.
 */
public final class ModelFile {

  static final String MAGIC = "RELAIS-INTENT-MODEL";
  static final int FORMAT_VERSION = 1;

  /** What a model file holds. */
  public record Contents(
      SortedMap<String, String> properties,
      SortedMap<String, Float> featureWeights,
      float unseenFeatureWeight,
      AbstractModel maxent) {}

  private ModelFile() {}

  public static byte[] write(Contents contents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeInt(contents.properties().size());
      for (Map.Entry<String, String> property : contents.properties().entrySet()) {
        out.writeUTF(property.getKey());
        out.writeUTF(property.getValue());
      }
      out.writeFloat(contents.unseenFeatureWeight());
      out.writeInt(contents.featureWeights().size());
      for (Map.Entry<String, Float> weight : contents.featureWeights().entrySet()) {
        out.writeUTF(weight.getKey());
        out.writeFloat(weight.getValue());
      }
      byte[] maxent = maxentBytes(contents.maxent());
      out.writeInt(maxent.length);
      out.write(maxent);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static byte[] maxentBytes(AbstractModel maxent) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GenericModelWriter writer = new GenericModelWriter(maxent, new DataOutputStream(bytes));
    writer.persist();
    return bytes.toByteArray();
  }

  /**
   * @throws IOException when the bytes are not a model file of a version this code reads
   */
  public static Contents read(byte[] file) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
    String magic;
    try {
      magic = in.readUTF();
    } catch (IOException e) {
      throw new IOException("not a Relais intent model (no header)", e);
    }
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a Relais intent model (header \"" + abbreviate(magic) + "\")");
    }
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException(
          "intent model format " + version + " is not supported (expected " + FORMAT_VERSION + ")");
    }
    SortedMap<String, String> properties = new TreeMap<>();
    for (int i = checkedCount(in); i > 0; i--) {
      properties.put(in.readUTF(), in.readUTF());
    }
    float unseen = in.readFloat();
    int weightCount = checkedCount(in);
    Map<String, Float> weights = new HashMap<>(weightCount * 2);
    for (int i = 0; i < weightCount; i++) {
      weights.put(in.readUTF(), in.readFloat());
    }
    byte[] maxent = new byte[checkedCount(in)];
    in.readFully(maxent);
    if (in.read() != -1) {
      throw new IOException("intent model has trailing bytes");
    }
    AbstractModel model;
    try {
      model =
          new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(maxent)))
              .getModel();
    } catch (RuntimeException e) {
      throw new IOException("intent model's maxent part is corrupt: " + e.getMessage(), e);
    }
    return new Contents(properties, new TreeMap<>(weights), unseen, model);
  }

  /** A count or length read from the file, refused when the file is too short to hold it. */
  private static int checkedCount(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("intent model is truncated or corrupt");
    }
    return count;
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
