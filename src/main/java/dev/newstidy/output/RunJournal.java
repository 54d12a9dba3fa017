package dev.newstidy.output;

import dev.newstidy.text.IoMessages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The journal of a run into a folder ({@code .newstidy-journal}): it names each file before the file
 * is written, and is removed only when the run ended well and its manifest is in place. A folder
 * that holds a journal therefore holds an unfinished run (failed, stopped, killed with {@code kill
 * -9}, or out of disk), and every file that run may have left, complete or not, is named in it.
 *
 * <p>The next run into the folder replaces such a run without {@code --overwrite}: it removes the
 * files the journal names (and their {@code .part} temporaries), the unfinished manifest and the
 * journal, then starts afresh. Only regular files inside the folder are removed, never a link's
 * target outside it; files the journal does not name are left alone.
 *
 * <p>Example, pinned by {@code OutputFolderTest}: a run killed after writing {@code 000001-a.md}
 * leaves that file, {@code .000002-b.md.part} and a journal naming both; the same command run again
 * removes them and writes {@code 000001-a.md}, {@code 000002-b.md} and a manifest that lists exactly
 * those.
 */
final class RunJournal {
  static final String NAME = ".newstidy-journal";

  /** The journal's first line, so that a file of that name that is not one is never acted on. */
  private static final String HEADER = "newstidy journal 1";

  private final Path file;
  private final Writer out;

  private RunJournal(Path file, Writer out) {
    this.file = file;
    this.out = out;
  }

  /** True when {@code folder} holds an unfinished run. */
  static boolean exists(Path folder) {
    return Files.isRegularFile(folder.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
  }

  /** Starts the journal of a run into {@code folder}, which holds no unfinished run. */
  static RunJournal start(Path folder) throws OutputException {
    Path file = folder.resolve(NAME);
    try {
      Writer out =
          new BufferedWriter(
              Files.newBufferedWriter(
                  file,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE));
      out.write(HEADER + "\n");
      out.flush();
      return new RunJournal(file, out);
    } catch (IOException e) {
      throw new OutputException(file.toString(), "cannot write: " + IoMessages.describe(e), e);
    }
  }

  /**
   * Names {@code relatives} (paths below the folder) before their files are written, in one write:
   * the lines reach the file system before any of the files does, so that a killed run's files are
   * all named. A name whose file was then never begun (the run stopped first) is harmless: the next
   * run finds nothing there to remove.
   */
  void intend(List<String> relatives) throws IOException {
    for (String relative : relatives) {
      out.write(relative);
      out.write('\n');
    }
    out.flush();
  }

  /** The run ended well and its manifest is in place: the journal goes. */
  void finish() throws IOException {
    out.close();
    Files.deleteIfExists(file);
  }

  /** The run failed or was stopped: the journal stays, so the next run replaces what is left. */
  void keep() {
    try {
      out.close();
    } catch (IOException e) {
      // The journal's lines were flushed as they were written; a failed close loses none.
    }
  }

  /**
   * Removes the unfinished run in {@code folder}: the files its journal names and their temporaries,
   * then {@code alsoRemove} (the unfinished manifest and its part), then the journal.
   */
  static void undo(Path folder, List<String> alsoRemove) throws OutputException {
    Path journal = folder.resolve(NAME);
    try {
      Path root = folder.toRealPath();
      List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
        throw new OutputException(journal.toString(), "not a newstidy journal; remove it by hand");
      }
      for (String name : lines.subList(1, lines.size())) {
        if (name.isBlank()) {
          continue;
        }
        Path target = root.resolve(name).normalize();
        removeInside(root, target);
        removeInside(root, target.resolveSibling("." + target.getFileName() + ".part"));
      }
      for (String name : alsoRemove) {
        removeInside(root, root.resolve(name));
      }
      Files.deleteIfExists(journal);
    } catch (OutputException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputException(journal.toString(), "cannot clear the unfinished run: " + IoMessages.describe(e), e);
    }
  }

  /** Deletes {@code path} when it is a regular file (not a link) whose real path is inside {@code root}. */
  private static void removeInside(Path root, Path path) throws IOException {
    if (!path.startsWith(root) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (path.toRealPath().startsWith(root)) {
      Files.deleteIfExists(path);
    }
  }
}
