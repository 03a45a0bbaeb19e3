package org.relais.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/relais.jar} as a user runs it, with its output captured. */
public final class RelaisProcess implements AutoCloseable {
  private final Process process;
  private final List<String> output = Collections.synchronizedList(new ArrayList<>());
  private final int port;

  private RelaisProcess(Process process, int port) {
    this.process = process;
    this.port = port;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
              } catch (IOException ended) {
                // process gone
              }
            },
            "relais-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the jar in {@code workDirectory} with only the given RELAIS/DB variables set. */
  public static RelaisProcess start(Path workDirectory, Map<String, String> environment)
      throws IOException {
    Path jar = Path.of("target/relais.jar").toAbsolutePath();
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString())
            .directory(workDirectory.toFile())
            .redirectErrorStream(true);
    builder
        .environment()
        .keySet()
        .removeIf(name -> name.startsWith("RELAIS_") || name.startsWith("DB_"));
    builder.environment().putAll(environment);
    String portSetting = environment.getOrDefault("RELAIS_PORT", "8080");
    int port = portSetting.matches("\\d{1,5}") ? Integer.parseInt(portSetting) : -1;
    return new RelaisProcess(builder.start(), port);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + timeout + ":\n" + output());
    }
    return process.exitValue();
  }

  public String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  public List<String> outputLines() {
    synchronized (output) {
      return List.copyOf(output);
    }
  }

  /** Stops it the way an operator's Ctrl-C does, and waits for its children too. */
  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    for (ProcessHandle child : children) {
      child.destroyForcibly();
      child.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
  }
}
