package dev.newstidy.input;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the command line's INPUT arguments into the documents to read, in the order given. A folder
 * is read recursively in sorted path order and yields its {@code *.txt} and {@code *.md} files.
 * Everything is checked before the run starts, so that a missing input stops the run before
 * anything is written.
 *
 * <p>Example: {@code [a.txt, dumps/]} with {@code dumps/2/x.md}, {@code dumps/1/y.txt} and {@code
 * dumps/z.png} gives {@code a.txt, dumps/1/y.txt, dumps/2/x.md}.
 */
public final class InputResolver {
  private InputResolver() {}

  /** The documents named by {@code arguments}; {@code -} is standard input. */
  public static ImmutableList<InputSource> resolve(List<String> arguments) throws InputException {
    ImmutableList.Builder<InputSource> sources = ImmutableList.builder();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        sources.add(InputSource.stdin());
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        sources.addAll(walk(argument, path));
      } else if (Files.isRegularFile(path)) {
        if (!Files.isReadable(path)) {
          throw new InputException(argument, "permission denied");
        }
        sources.add(new InputSource(argument, path));
      } else if (Files.exists(path)) {
        throw new InputException(argument, "not a regular file or directory");
      } else {
        throw new InputException(argument, "no such file or directory");
      }
    }
    return sources.build();
  }

  private static List<InputSource> walk(String argument, Path folder) throws InputException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> tree = Files.walk(folder)) {
      tree.filter(Files::isRegularFile)
          .filter(InputResolver::isTextDump)
          .filter(file -> !isHidden(folder.relativize(file)))
          .forEach(files::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(argument, "cannot list folder: " + e.getMessage(), e);
    }
    // Sorted by path text so that the order does not depend on the filesystem.
    files.sort((a, b) -> a.toString().compareTo(b.toString()));
    List<InputSource> sources = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        throw new InputException(file.toString(), "permission denied");
      }
      sources.add(new InputSource(file.toString(), file));
    }
    return sources;
  }

  /** Hidden files and folders ({@code .git}, {@code .cache}) are not part of a dump. */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTextDump(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".md");
  }
}
