package org.relais.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;

/** A worker's or admin's browser: a cookie session, the CSRF token, JSON calls. */
public final class StaffClient {
  public static final String ADMIN_PASSWORD = "it-admin-password-2026";

  private final URL base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrf = "";

  public StaffClient(URL base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static StaffClient signedInAdmin(URL base) throws Exception {
    StaffClient admin = new StaffClient(base);
    Response response = admin.signIn("admin", ADMIN_PASSWORD);
    if (response.status() != 200) {
      throw new AssertionError("admin sign-in failed: " + response);
    }
    return admin;
  }

  /** A new worker, created by the admin, signed in and with their own password chosen. */
  public static StaffClient newWorker(StaffClient admin, String login, String displayName)
      throws Exception {
    Response created =
        admin.post(
            "api/admin/staff",
            "{\"login\":\""
                + login
                + "\",\"displayName\":\""
                + displayName
                + "\",\"role\":\"WORKER\"}");
    if (created.status() != 201) {
      throw new AssertionError("worker not created: " + created);
    }
    String oneTime = created.json().getString("oneTimePassword");
    StaffClient worker = new StaffClient(admin.base);
    worker.signIn(login, oneTime);
    Response changed =
        worker.put(
            "api/staff/me/password",
            "{\"currentPassword\":\""
                + oneTime
                + "\",\"newPassword\":\""
                + ownPassword(login)
                + "\"}");
    if (changed.status() != 204) {
      throw new AssertionError("password not changed: " + changed);
    }
    return worker;
  }

  /** The password {@link #newWorker} chose for this login. */
  public static String ownPassword(String login) {
    return "own-password-" + login;
  }

  public Response signIn(String login, String password) throws Exception {
    Response response =
        post(
            "api/staff/sign-in", "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}");
    if (response.status() == 200) {
      csrf = response.json().getString("csrfToken");
    }
    return response;
  }

  public Response get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public Response post(String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response put(String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST without the CSRF token, as a page of another site would send it. */
  public Response postWithoutToken(String path, String json) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)), false);
  }

  /** The console's WebSocket, with this session's cookie. */
  public WebSocket console(WebSocket.Listener listener) {
    return http.newWebSocketBuilder()
        .buildAsync(URI.create(base.toString().replaceFirst("^http", "ws") + "ws/worker"), listener)
        .join();
  }

  private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return send(request, true);
  }

  private Response send(HttpRequest.Builder request, boolean withToken)
      throws IOException, InterruptedException {
    request.header("Content-Type", "application/json").timeout(Duration.ofSeconds(30));
    if (withToken && !csrf.isEmpty()) {
      request.header("X-CSRF-Token", csrf);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("Location").orElse(null));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  /** A response: status, body, and the redirect target if any. */
  public record Response(int status, String body, String location) {
    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonStructure parse() {
      return Json.createReader(new StringReader(body)).read();
    }
  }
}
