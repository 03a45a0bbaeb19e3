package org.relais.platform.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Collection;
import java.util.Map;

/**
 * JSON-P builders and readers from one provider, looked up once.
 *
 * <p>Why not {@code jakarta.json.Json.createObjectBuilder()}: each of those static calls looks the
 * provider up again (a ServiceLoader scan of every jar, under the class loaders' locks). Profiled
 * under kiosk load, the chat's threads spent most of their time waiting on those locks, not working
 * (docs/benchmarks.md, "Kiosk conversation load").
 */
public final class Jsonp {
  private static final JsonProvider PROVIDER = JsonProvider.provider();
  private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
  private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

  private Jsonp() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }

  public static JsonArrayBuilder array(Collection<?> values) {
    return BUILDERS.createArrayBuilder(values);
  }

  /** A reader of the text; the caller closes it (or lets it go: a string holds no resource). */
  public static JsonReader reader(String json) {
    return READERS.createReader(new StringReader(json));
  }
}
