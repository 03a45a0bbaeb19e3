package org.relais.testing;

import java.net.URL;
import java.net.http.WebSocket;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A worker signed in with the console open (so the kiosks are told a person is there), who can take
 * a conversation and write to the visitor. Closing it signs the console off.
 */
public final class WorkerConsole implements AutoCloseable {
  private final StaffClient worker;
  private final WebSocket console;

  private WorkerConsole(StaffClient worker, WebSocket console) {
    this.worker = worker;
    this.console = console;
  }

  /** A new worker with this display name, console open and its first queue received. */
  public static WorkerConsole open(URL base, String displayName) throws Exception {
    String login = "kiosk" + UUID.randomUUID().toString().substring(0, 8);
    StaffClient worker = StaffClient.newWorker(StaffClient.signedInAdmin(base), login, displayName);
    FrameCollector frames = new FrameCollector();
    WebSocket console = worker.console(frames);
    frames.await(frame -> "queue".equals(frame.getString("type", "")));
    return new WorkerConsole(worker, console);
  }

  public void claim(long conversation) throws Exception {
    expect(200, worker.post(path(conversation) + "/claim", "{}"));
  }

  public void write(long conversation, String text) throws Exception {
    expect(201, worker.post(path(conversation) + "/messages", "{\"text\":\"" + text + "\"}"));
  }

  /** Closes as answered, labelling visitor messages with an intent (for the training inbox). */
  public void closeWithLabel(long conversation, String intent, long... visitorMessages)
      throws Exception {
    String labels =
        Arrays.stream(visitorMessages)
            .mapToObj(id -> "{\"messageId\":" + id + ",\"intent\":\"" + intent + "\"}")
            .collect(Collectors.joining(","));
    expect(
        204,
        worker.post(
            path(conversation) + "/close",
            "{\"outcome\":\"ANSWERED\",\"labels\":[" + labels + "]}"));
  }

  private static String path(long conversation) {
    return "api/helpdesk/conversations/" + conversation;
  }

  private static void expect(int status, StaffClient.Response response) {
    if (response.status() != status) {
      throw new AssertionError("expected " + status + ", got " + response);
    }
  }

  @Override
  public void close() {
    console.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
  }
}
