package org.relais.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Small HTTP helpers for black-box tests against a running Relais. */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Waits (90 s at most) until the server at base, ending with a slash, says it is ready. */
  public static void awaitReady(java.net.URL base) throws InterruptedException {
    awaitResponse(
        URI.create(base + "health/ready"), r -> r.statusCode() == 200, Duration.ofSeconds(90));
  }

  /** Polls until the response satisfies the condition, and returns the last response. */
  public static HttpResponse<String> awaitResponse(
      URI uri, Predicate<HttpResponse<String>> condition, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        last = get(uri);
        if (condition.test(last)) {
          return last;
        }
      } catch (IOException notYetListening) {
        // the server is still starting
      }
      Thread.sleep(250);
    }
    return last;
  }
}
