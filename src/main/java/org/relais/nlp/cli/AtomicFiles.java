package org.relais.nlp.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes several files so that each is either its old content or its complete new content: every
 * file goes to a temporary file beside it first, and is moved into place only once all of them are
 * written.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  static void write(Map<Path, byte[]> files) throws BadInputException {
    for (Path target : files.keySet()) {
      Path directory = target.toAbsolutePath().getParent();
      if (!Files.isDirectory(directory)) {
        throw new BadInputException(target + ": directory " + directory + " does not exist");
      }
      if (Files.isDirectory(target)) {
        throw new BadInputException(target + ": is a directory");
      }
    }
    Map<Path, Path> temporaries = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        Path target = file.getKey().toAbsolutePath();
        Path temporary =
            Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        temporaries.put(target, temporary);
        Files.write(temporary, file.getValue());
        keepPermissionsOf(target, temporary);
      }
      for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
        moveIntoPlace(move.getValue(), move.getKey());
      }
    } catch (IOException e) {
      throw new BadInputException("cannot write " + files.keySet() + ": " + e.getMessage(), e);
    } finally {
      deleteLeftovers(new ArrayList<>(temporaries.values()));
    }
  }

  /**
   * Temporary files are private to their owner; the result should be readable like any file the
   * user writes: the old file's permissions, else rw-r--r--.
   */
  private static void keepPermissionsOf(Path target, Path temporary) throws IOException {
    if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temporary, permissions);
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteLeftovers(List<Path> temporaries) {
    for (Path temporary : temporaries) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // A stray temporary file is harmless; the error that matters was already reported.
      }
    }
  }
}
