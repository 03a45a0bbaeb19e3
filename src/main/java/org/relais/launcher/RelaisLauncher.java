package org.relais.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relais.platform.settings.InvalidSettingException;
import org.relais.platform.settings.Setting;
import org.relais.platform.settings.Settings;

/**
 * Entry point of {@code relais.jar}. Checks the settings and the port before anything starts,
 * starts the embedded MariaDB when no {@code DB_URL} is given, then boots Payara Micro with the
 * application. Problems an operator can fix end the process with one line on stderr, not a stack
 * trace.
 */
public final class RelaisLauncher {
  static final int EXIT_BAD_SETTING = 2;
  static final int EXIT_CANNOT_START = 1;

  private RelaisLauncher() {}

  public static void main(String[] args) {
    Settings settings;
    try {
      settings = Settings.resolve(systemProperties(), System.getenv());
      int port = settings.getInt(Setting.PORT);
      ensurePortIsFree(port);
      if (!settings.isSet(Setting.DB_URL)) {
        EmbeddedDatabase.startInBackground(Path.of(settings.get(Setting.DATA_DIR)));
      }
    } catch (InvalidSettingException e) {
      exit(EXIT_BAD_SETTING, e.getMessage());
      return;
    } catch (LaunchException e) {
      exit(EXIT_CANNOT_START, e.getMessage());
      return;
    }
    bootPayaraMicro(payaraArguments(settings, args));
  }

  static void exit(int status, String message) {
    System.err.println("Relais cannot start: " + message);
    System.exit(status);
  }

  static List<String> payaraArguments(Settings settings, String[] extraArguments) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--port");
    arguments.add(settings.get(Setting.PORT));
    if ("off".equals(settings.get(Setting.CLUSTER))) {
      arguments.add("--nocluster");
    }
    arguments.addAll(List.of(extraArguments));
    return arguments;
  }

  /** Payara would log a long stack trace for a busy port; say it in one line instead. */
  static void ensurePortIsFree(int port) throws LaunchException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
    } catch (BindException e) {
      throw new LaunchException(
          "port "
              + port
              + " is already in use or not allowed ("
              + e.getMessage()
              + "); set RELAIS_PORT to another port");
    } catch (IOException e) {
      throw new LaunchException("cannot open port " + port + ": " + e.getMessage());
    }
  }

  private static Map<String, String> systemProperties() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties()
        .stringPropertyNames()
        .forEach(name -> properties.put(name, System.getProperty(name)));
    return properties;
  }

  /** Payara Micro's classes live in the same jar; reflection keeps it off our compile path. */
  private static void bootPayaraMicro(List<String> arguments) {
    try {
      Class.forName("fish.payara.micro.PayaraMicro")
          .getMethod("main", String[].class)
          .invoke(null, (Object) arguments.toArray(String[]::new));
    } catch (InvocationTargetException e) {
      exit(EXIT_CANNOT_START, "Payara Micro failed: " + e.getCause());
    } catch (ReflectiveOperationException e) {
      exit(EXIT_CANNOT_START, "Payara Micro is missing from this jar: " + e);
    }
  }
}
