package dev.newstidy.input;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the command line's INPUT arguments into the inputs to read, in the order given. A folder is
 * read recursively in sorted path order and yields every file in a format newstidy reads: text,
 * Markdown, JSON Lines, JSON, XML, SGML and WET, plain or compressed; {@code --include} and {@code --exclude} globs narrow
 * that set. Everything is checked before the run starts, so that a missing input stops the run
 * before anything is written.
 *
 * <p>Example, pinned by {@code InputResolverTest}: {@code [a.txt, dumps/]} with {@code dumps/2/x.md},
 * {@code dumps/1/y.jsonl.gz} and {@code dumps/z.png} gives {@code a.txt, dumps/1/y.jsonl.gz,
 * dumps/2/x.md}.
 */
public final class InputResolver {
  private InputResolver() {}

  /** The inputs named by {@code arguments}; {@code -} is standard input. */
  public static ImmutableList<InputSource> resolve(List<String> arguments) throws InputException {
    return resolve(arguments, List.of(), List.of());
  }

  /**
   * The inputs named by {@code arguments}, folders narrowed by globs matched against each file's
   * path below its folder and against its name.
   */
  public static ImmutableList<InputSource> resolve(
      List<String> arguments, List<String> include, List<String> exclude) throws InputException {
    List<PathMatcher> includes = matchers(include);
    List<PathMatcher> excludes = matchers(exclude);
    ImmutableList.Builder<InputSource> sources = ImmutableList.builder();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        sources.add(InputSource.stdin());
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        sources.addAll(walk(argument, path, includes, excludes));
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

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      try {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a glob: '" + glob + "'", e);
      }
    }
    return matchers;
  }

  private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
    for (PathMatcher m : matchers) {
      if (m.matches(relative) || m.matches(relative.getFileName())) {
        return true;
      }
    }
    return false;
  }

  private static List<InputSource> walk(
      String argument, Path folder, List<PathMatcher> includes, List<PathMatcher> excludes)
      throws InputException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> tree = Files.walk(folder)) {
      tree.filter(Files::isRegularFile)
          .filter(InputResolver::isReadableFormat)
          .filter(file -> !isHidden(folder.relativize(file)))
          .filter(file -> includes.isEmpty() || matchesAny(includes, folder.relativize(file)))
          .filter(file -> !matchesAny(excludes, folder.relativize(file)))
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

  /** Text, Markdown, JSON Lines, JSON, XML, SGML and WET dumps, plain or compressed: {@code x.txt}, {@code y.jsonl.zst}. */
  private static boolean isReadableFormat(Path file) {
    String name = Compression.stripExtension(file.getFileName().toString()).toLowerCase(Locale.ROOT);
    return name.endsWith(".txt")
        || name.endsWith(".md")
        || InputFormat.byName(name) != InputFormat.TEXT;
  }
}
