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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the command line's INPUT arguments into the inputs to read, in the order given. A folder is
 * read recursively in sorted path order and yields every file in a format newstidy reads: text,
 * Markdown, JSON Lines, JSON, XML, SGML and WET, plain or compressed; {@code --include} and {@code --exclude} globs narrow
 * that set. Everything is checked before the run starts, so that a missing input stops the run
 * before anything is written.
 *
 * <p>Inside a folder, what is not a plain file is never skipped in silence: a dangling symbolic
 * link, a FIFO, a socket or a device with a dump's name is skipped with a warning, and a symbolic
 * link to a file outside the folder is read with a warning that names its target, so that a run
 * over {@code dumps/} says when it reads {@code /elsewhere/day1.txt} (pinned by {@code
 * InputResolverTest.warnsAboutDanglingLinksFifosAndLinksOutOfTheFolder}). A symbolic link to a
 * folder is not walked into.
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
    return resolve(arguments, include, exclude, warning -> {});
  }

  /** As {@link #resolve(List, List, List)}, telling {@code warnings} about what a folder skips. */
  public static ImmutableList<InputSource> resolve(
      List<String> arguments, List<String> include, List<String> exclude, Consumer<String> warnings)
      throws InputException {
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
        sources.addAll(walk(argument, path, includes, excludes, warnings));
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
      String argument,
      Path folder,
      List<PathMatcher> includes,
      List<PathMatcher> excludes,
      Consumer<String> warnings)
      throws InputException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> tree = Files.walk(folder)) {
      tree.filter(InputResolver::isReadableFormat)
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
    Path realFolder = realPath(folder);
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        continue;
      }
      if (!Files.isRegularFile(file)) {
        warnings.accept("warning: " + file + ": " + (Files.isSymbolicLink(file) && !Files.exists(file)
            ? "dangling symbolic link" : "not a regular file (a FIFO, socket or device)") + "; skipped");
        continue;
      }
      if (Files.isSymbolicLink(file)) {
        Path target = realPath(file);
        if (target != null && realFolder != null && !target.startsWith(realFolder)) {
          warnings.accept("warning: " + file + ": symbolic link out of " + argument + " to " + target + "; read");
        }
      }
      if (!Files.isReadable(file)) {
        throw new InputException(file.toString(), "permission denied");
      }
      sources.add(new InputSource(file.toString(), file));
    }
    return sources;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return null;
    }
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

  private static boolean isReadableFormat(Path file) {
    return isDumpName(file.getFileName().toString());
  }

  /**
   * True for the name of a text, Markdown, JSON Lines, JSON, XML, SGML or WET dump, plain or
   * compressed: {@code x.txt}, {@code y.jsonl.zst}; false for {@code notes.pdf}. The rule a folder
   * is walked by, here and on a cluster.
   */
  public static boolean isDumpName(String fileName) {
    String name = Compression.stripExtension(fileName).toLowerCase(Locale.ROOT);
    return name.endsWith(".txt")
        || name.endsWith(".md")
        || InputFormat.byName(name) != InputFormat.TEXT;
  }
}
